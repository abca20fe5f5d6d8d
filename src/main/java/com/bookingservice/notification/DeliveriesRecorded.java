package com.bookingservice.notification;

import java.util.List;
import java.util.UUID;

/**
 * Deliveries were written to the ledger, and are to be sent once the transaction that wrote
 * them commits.
 *
 * @param pending the deliveries to send
 * @param skipped the channels that were skipped for want of an address
 */
record DeliveriesRecorded(List<Pending> pending, List<Channel> skipped) {

	boolean isEmpty() {
		return pending.isEmpty() && skipped.isEmpty();
	}

	/**
	 * A delivery to send.
	 *
	 * @param deliveryId the delivery
	 * @param channel its channel
	 */
	record Pending(UUID deliveryId, Channel channel) {
	}

}
