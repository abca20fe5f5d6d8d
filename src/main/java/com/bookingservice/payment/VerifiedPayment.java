package com.bookingservice.payment;

import com.bookingservice.booking.BookingSummary;

/**
 * A booking confirmed by its payment, as the answer to checkout's confirmation.
 *
 * @param booking the booking, as {@code GET /bookings/{id}} shows it without other features' details
 * @param payment its payment
 */
record VerifiedPayment(BookingSummary booking, PaymentView payment) {
}
