package com.bookingservice.payment;

import java.util.UUID;

import com.bookingservice.booking.BookingDetails;

import org.springframework.stereotype.Component;

/**
 * Shows a booking's online payment under {@code payment} when the booking is read.
 */
@Component
class PaymentDetails implements BookingDetails {

	private final PaymentLedger ledger;

	PaymentDetails(PaymentLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public String field() {
		return "payment";
	}

	@Override
	public PaymentView of(UUID bookingId) {
		return ledger.findByBooking(bookingId).map(PaymentView::of).orElse(PaymentView.NONE);
	}

}
