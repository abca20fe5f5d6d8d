package com.bookingservice.payment;

import java.time.Instant;

/**
 * A booking's online payment as clients see it, under {@code payment} in the booking.
 *
 * @param status none, pending, failed, paid, refund_pending or refunded
 * @param orderId the Razorpay order
 * @param paymentId the captured Razorpay payment
 * @param amount the amount in the currency's smallest unit (paise)
 * @param currency the ISO 4217 currency code
 * @param failureReason why the last try to pay failed
 * @param refundId the Razorpay refund
 * @param refundStatus the refund's status at Razorpay: pending, processed or failed
 * @param refundReason why the payment is returned
 * @param refundAttempts how many times the refund was asked for
 * @param refundError why the last call to refund failed; it is tried again
 * @param paidAt when the payment was captured, as far as this service knows
 */
record PaymentView(String status, String orderId, String paymentId, Long amount, String currency,
		String failureReason, String refundId, String refundStatus, String refundReason, int refundAttempts,
		String refundError, Instant paidAt) {

	/** A booking that is not paid online. */
	static final PaymentView NONE = new PaymentView("none", null, null, null, null, null, null, null, null, 0, null,
			null);

	static PaymentView of(Payment payment) {
		String refundReason = payment.refundCause() == null ? null : payment.refundCause().description();
		return new PaymentView(payment.status().value(), payment.orderId(), payment.paymentId(), payment.amount(),
				payment.currency(), payment.failureReason(), payment.refundId(), payment.refundStatus(), refundReason,
				payment.refundAttempts(), payment.refundError(), payment.paidAt());
	}

}
