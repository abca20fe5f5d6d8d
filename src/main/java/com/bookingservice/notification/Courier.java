package com.bookingservice.notification;

import java.util.UUID;

/**
 * Hands the messages of one channel to its provider.
 */
interface Courier {

	/**
	 * Whether a provider is set up; when not, messages are written to the log instead.
	 */
	boolean configured();

	/**
	 * Sends one message and tells what became of it. A provider's failure is an outcome, not
	 * an exception.
	 *
	 * @param deliveryId the delivery, so that a provider that can tell repeats apart sees one
	 * @param address where to send it on this channel
	 */
	Outcome send(UUID deliveryId, String address, Notice notice);

}
