package com.bookingservice.notification;

import java.util.Arrays;
import java.util.Locale;

/**
 * What became of a delivery.
 */
enum DeliveryStatus {

	/** Waiting to be sent, or to be tried again. */
	PENDING,

	/** Accepted by the provider. */
	SENT,

	/** Written to the log, because the channel has no provider set up. */
	LOGGED,

	/** Not sent, because the booking's contact has no address on the channel. */
	SKIPPED,

	/** Given up on: the provider refused it, or every try failed. */
	FAILED;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static DeliveryStatus fromValue(String value) {
		return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst().orElseThrow();
	}

}
