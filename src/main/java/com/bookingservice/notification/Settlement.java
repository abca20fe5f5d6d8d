package com.bookingservice.notification;

import java.time.Duration;

/**
 * What a claim leaves on its delivery when it ends: the outcome of a try, or the claim handed
 * back unused. Either way the claim is let go.
 *
 * @param claim the claim that ends
 * @param status the delivery's status from now on
 * @param tried whether a try was made, and is counted
 * @param error why the try failed, or null
 * @param providerMessageId the provider's id of the message it accepted, or null
 * @param pause how long until a delivery left pending is due; zero for at once
 */
record Settlement(Claim claim, DeliveryStatus status, boolean tried, String error, String providerMessageId,
		Duration pause) {

	static Settlement sent(Claim claim, String providerMessageId) {
		return new Settlement(claim, DeliveryStatus.SENT, true, null, providerMessageId, Duration.ZERO);
	}

	static Settlement logged(Claim claim) {
		return new Settlement(claim, DeliveryStatus.LOGGED, true, null, null, Duration.ZERO);
	}

	static Settlement skipped(Claim claim) {
		return new Settlement(claim, DeliveryStatus.SKIPPED, true, null, null, Duration.ZERO);
	}

	static Settlement failed(Claim claim, String reason) {
		return new Settlement(claim, DeliveryStatus.FAILED, true, reason, null, Duration.ZERO);
	}

	/**
	 * The try failed for a passing reason: the delivery stays pending, due again after the pause.
	 */
	static Settlement retryLater(Claim claim, String reason, Duration pause) {
		return new Settlement(claim, DeliveryStatus.PENDING, true, reason, null, pause);
	}

	/**
	 * The claim is handed back untried, and the delivery is due at once for any instance.
	 */
	static Settlement released(Claim claim) {
		return new Settlement(claim, DeliveryStatus.PENDING, false, null, null, Duration.ZERO);
	}

}
