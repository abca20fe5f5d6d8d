package com.bookingservice.booking;

import java.util.UUID;

/**
 * A customer's booking was received.
 *
 * @param bookingId the booking's id
 */
public record BookingReceived(UUID bookingId) {
}
