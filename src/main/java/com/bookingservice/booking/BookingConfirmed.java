package com.bookingservice.booking;

import java.util.UUID;

/**
 * A booking was confirmed, by staff or by payment.
 *
 * @param bookingId the booking's id
 */
public record BookingConfirmed(UUID bookingId) {
}
