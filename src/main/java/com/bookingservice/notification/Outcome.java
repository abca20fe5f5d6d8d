package com.bookingservice.notification;

/**
 * What became of one try to deliver a message.
 */
sealed interface Outcome {

	/** The channel has no provider set up, so the message was written to the log. */
	Outcome LOGGED = new Logged();

	/** The contact has no address on the channel. */
	Outcome SKIPPED = new Skipped();

	static Outcome failedForGood(String reason) {
		return new Failed(SafeText.of(reason), true);
	}

	static Outcome failedForNow(String reason) {
		return new Failed(SafeText.of(reason), false);
	}

	/**
	 * The provider accepted the message.
	 *
	 * @param providerMessageId the provider's id for it
	 */
	record Sent(String providerMessageId) implements Outcome {
	}

	/**
	 * The message was written to the log instead of sent.
	 */
	record Logged() implements Outcome {
	}

	/**
	 * The message was not sent, for want of an address.
	 */
	record Skipped() implements Outcome {
	}

	/**
	 * The message was not delivered.
	 *
	 * @param reason why, with addresses masked
	 * @param permanent whether trying again cannot help, as with an invalid number
	 */
	record Failed(String reason, boolean permanent) implements Outcome {
	}

}
