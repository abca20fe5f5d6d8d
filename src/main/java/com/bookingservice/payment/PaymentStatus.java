package com.bookingservice.payment;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a booking's online payment is. A payment only moves forward, in the order declared
 * here; the one step back is a refund that Razorpay reports failed, which is owed again.
 */
enum PaymentStatus {

	/** The order is open and nothing has been paid yet. */
	PENDING,

	/** A try to pay failed; the customer may try again until the hold runs out. */
	FAILED,

	/** The payment was captured. */
	PAID,

	/** The payment is to be returned in full, and the refund has not been issued yet. */
	REFUND_PENDING,

	/** A refund of the whole payment was issued. */
	REFUNDED;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static PaymentStatus fromValue(String value) {
		return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst().orElseThrow();
	}

	/**
	 * Whether money has arrived for this payment, whatever became of it since.
	 */
	boolean captured() {
		return compareTo(PAID) >= 0;
	}

}
