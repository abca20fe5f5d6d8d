package com.bookingservice.payment;

import java.util.UUID;

/**
 * A payment is to be returned; once the transaction that says so has committed, the refund is
 * asked for at once rather than at the next run of the retry job.
 *
 * @param paymentId the payment's own id
 */
record RefundOwed(UUID paymentId) {
}
