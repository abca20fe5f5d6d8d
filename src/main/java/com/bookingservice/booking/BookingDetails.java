package com.bookingservice.booking;

import java.util.UUID;

/**
 * Something another feature knows about a booking and wants shown with it, such as the
 * messages sent about it. Each implementation adds one field to a booking's JSON when it is
 * read on its own.
 */
public interface BookingDetails {

	/**
	 * The JSON field the details appear under, in snake_case.
	 */
	String field();

	/**
	 * The details of one booking, read in the caller's transaction.
	 */
	Object of(UUID bookingId);

}
