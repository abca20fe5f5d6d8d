package com.bookingservice.booking;

import java.util.UUID;

/**
 * A booking's hold on its slot ran out before it was paid.
 *
 * @param bookingId the booking's id
 */
public record BookingExpired(UUID bookingId) {
}
