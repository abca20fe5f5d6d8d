package com.bookingservice.booking;

/**
 * What a payment did to the booking it pays for.
 */
public enum PaidOutcome {

	/** The booking is now confirmed. */
	CONFIRMED,

	/** The booking had been confirmed before. */
	ALREADY_CONFIRMED,

	/** The hold had run out and the slot has been taken since; the payment must be returned. */
	SLOT_TAKEN,

	/** The booking was cancelled or is not paid online; the payment must be returned. */
	NOT_PAYABLE

}
