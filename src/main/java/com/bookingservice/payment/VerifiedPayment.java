package com.bookingservice.payment;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import com.bookingservice.booking.BookingSummary;

/**
 * The answer to checkout's confirmation: the booking as it is now, with its fields at the top
 * level as {@code GET /bookings/{id}} shows them, and its payment.
 *
 * @param booking the booking, in the summary that other features read
 * @param updatedAt when the payment was last recorded: when it confirmed the booking, or when
 * a refund was recorded since
 * @param payment the booking's payment
 */
record VerifiedPayment(@JsonUnwrapped BookingSummary booking, Instant updatedAt, PaymentView payment) {

	static VerifiedPayment of(BookingSummary booking, Payment payment) {
		return new VerifiedPayment(booking, payment.updatedAt(), PaymentView.of(payment));
	}

}
