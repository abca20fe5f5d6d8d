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
record DeliveriesRecorded(List<UUID> pending, List<Channel> skipped) {

	boolean isEmpty() {
		return pending.isEmpty() && skipped.isEmpty();
	}

}
