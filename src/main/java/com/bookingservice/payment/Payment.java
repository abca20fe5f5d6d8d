package com.bookingservice.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking's online payment: the Razorpay order opened for it, and what became of it.
 *
 * @param id the payment's own id
 * @param bookingId the booking it pays for
 * @param orderId the Razorpay order, {@code order_...}
 * @param paymentId the captured Razorpay payment, {@code pay_...}, once there is one
 * @param amount the price in the currency's smallest unit (paise)
 * @param currency the ISO 4217 currency code
 * @param status where it is
 * @param failureReason why the last try to pay failed, if one did
 * @param refundCause why it is returned, once it is to be
 * @param refundId the Razorpay refund, {@code rfnd_...}, once issued
 * @param refundStatus the refund's status at Razorpay: pending, processed or failed
 * @param refundAttempts how many times a refund was asked for
 * @param refundError why the last call to refund failed, if it did
 * @param paidAt when the payment was recorded captured
 * @param updatedAt when the payment last changed
 */
record Payment(UUID id, UUID bookingId, String orderId, String paymentId, long amount, String currency,
		PaymentStatus status, String failureReason, RefundCause refundCause, String refundId, String refundStatus,
		int refundAttempts, String refundError, Instant paidAt, Instant updatedAt) {
}
