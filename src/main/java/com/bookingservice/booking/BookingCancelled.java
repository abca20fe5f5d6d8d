package com.bookingservice.booking;

import java.util.UUID;

/**
 * A booking was cancelled, by its customer or by staff.
 *
 * @param bookingId the booking's id
 */
public record BookingCancelled(UUID bookingId) {
}
