package com.bookingservice.notification;

import java.util.UUID;

/**
 * This instance's hold on a delivery, good until its lease runs out or another claim replaces
 * it.
 *
 * @param delivery the delivery held, as it was when claimed
 * @param token what tells this claim from any later one on the same delivery
 * @param leaseEnds when the lease runs out, on this instance's {@link System#nanoTime()} clock,
 * as far as this instance can tell: the database's clock started it a moment earlier
 */
record Claim(Delivery delivery, UUID token, long leaseEnds) {

	UUID deliveryId() {
		return delivery.id();
	}

	Channel channel() {
		return delivery.channel();
	}

	/**
	 * Which try this claim makes, counting from one.
	 */
	int thisTry() {
		return delivery.attempts() + 1;
	}

	/**
	 * How long the lease still runs, in nanoseconds; negative once it has run out.
	 */
	long leaseLeft() {
		return leaseEnds - System.nanoTime();
	}

}
