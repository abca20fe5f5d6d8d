package com.bookingservice.booking;

/**
 * Opens an online payment for a booking that holds its slot, such as an order with a payment
 * provider. Implemented by the feature that takes payments.
 */
public interface Checkout {

	/**
	 * The JSON field under which a booking's checkout details are shown, in snake_case.
	 */
	String field();

	/**
	 * Opens the payment, outside any database transaction.
	 *
	 * @return what the client needs to pay
	 * @throws RuntimeException an {@code ApiProblem} when the provider cannot be reached; the
	 * hold is then released
	 */
	Object open(BookingSummary booking);

}
