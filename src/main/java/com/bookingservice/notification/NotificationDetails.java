package com.bookingservice.notification;

import java.util.UUID;

import com.bookingservice.booking.BookingDetails;

import org.springframework.stereotype.Component;

/**
 * Shows a booking's deliveries under {@code notifications} when the booking is read.
 */
@Component
class NotificationDetails implements BookingDetails {

	private final DeliveryLedger ledger;

	NotificationDetails(DeliveryLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public String field() {
		return "notifications";
	}

	@Override
	public Object of(UUID bookingId) {
		return ledger.deliveriesOf(bookingId);
	}

}
