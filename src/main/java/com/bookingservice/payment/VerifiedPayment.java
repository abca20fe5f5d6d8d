package com.bookingservice.payment;

import com.bookingservice.booking.BookingSummary;

/**
 * A booking confirmed by its payment, as the answer to checkout's confirmation.
 *
 * @param booking the booking as it is now, in the summary that other features read
 * @param payment its payment
 */
record VerifiedPayment(BookingSummary booking, PaymentView payment) {
}
