package com.bookingservice.payment;

import java.util.UUID;

/**
 * A booking's payment was refunded in full at Razorpay, for example because the slot was
 * taken after the hold expired, or because the paid booking was cancelled. Published in the
 * transaction that records the refund.
 *
 * @param bookingId the booking that was paid for
 * @param refundId the Razorpay refund, {@code rfnd_...}
 * @param amount the amount returned, in the currency's smallest unit (paise)
 * @param currency the ISO 4217 currency code
 * @param reason why the payment was returned, in words for the customer
 */
public record PaymentRefunded(UUID bookingId, String refundId, long amount, String currency, String reason) {
}
