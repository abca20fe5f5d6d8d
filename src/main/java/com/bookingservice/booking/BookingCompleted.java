package com.bookingservice.booking;

import java.util.UUID;

/**
 * A booking's service was delivered.
 *
 * @param bookingId the booking's id
 */
public record BookingCompleted(UUID bookingId) {
}
