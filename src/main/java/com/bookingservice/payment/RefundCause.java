package com.bookingservice.payment;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why a payment is returned.
 */
enum RefundCause {

	/** The hold ran out before the payment came, and the slot was taken meanwhile. */
	SLOT_TAKEN("the slot was taken after the hold expired", true),

	/** The booking was cancelled before the payment came. */
	NOT_PAYABLE("the booking was cancelled before the payment arrived", true),

	/** The paid booking was cancelled. */
	BOOKING_CANCELLED("the booking was cancelled", false),

	/** Someone refunded the payment at Razorpay, outside this service. */
	OUTSIDE("the payment was refunded at Razorpay", false);

	private final String description;

	private final boolean refusesPayment;

	RefundCause(String description, boolean refusesPayment) {
		this.description = description;
		this.refusesPayment = refusesPayment;
	}

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static RefundCause fromValue(String value) {
		return Arrays.stream(values()).filter(cause -> cause.value().equals(value)).findFirst().orElseThrow();
	}

	/**
	 * The reason in words, to be read by the customer.
	 */
	String description() {
		return description;
	}

	/**
	 * Whether the payment never confirmed its booking.
	 */
	boolean refusesPayment() {
		return refusesPayment;
	}

}
