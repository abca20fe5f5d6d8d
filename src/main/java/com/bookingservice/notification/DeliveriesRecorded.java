package com.bookingservice.notification;

import java.util.List;

import com.bookingservice.booking.BookingSummary;

/**
 * Deliveries were written to the ledger, already claimed by this instance, and are to be sent
 * once the transaction that wrote them commits.
 *
 * @param pending the claims of the deliveries to send
 * @param skipped the channels that were skipped for want of an address
 * @param booking the booking as it was when the deliveries were written, which their messages
 * tell about; null if it is to be read when they are sent
 */
record DeliveriesRecorded(List<Claim> pending, List<Channel> skipped, BookingSummary booking) {

	boolean isEmpty() {
		return pending.isEmpty() && skipped.isEmpty();
	}

}
