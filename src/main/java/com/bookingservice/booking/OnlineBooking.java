package com.bookingservice.booking;

import java.util.Map;

import com.bookingservice.account.Caller;
import com.bookingservice.booking.IdempotentRequests.Outcome;

import org.springframework.stereotype.Component;

/**
 * Books a slot that the customer pays for online. The slot is held in one transaction, the
 * payment is opened with the provider outside any transaction, and the answer is kept in a
 * second one; if the provider fails, the hold is deleted so that no slot stays taken.
 */
@Component
class OnlineBooking {

	private final BookingManagement bookings;

	private final Checkout payments;

	OnlineBooking(BookingManagement bookings, Checkout payments) {
		this.bookings = bookings;
		this.payments = payments;
	}

	Outcome<BookingView> book(Caller caller, BookingRequest request, String idempotencyKey) {
		Outcome<BookingView> hold = bookings.hold(caller, request, idempotencyKey);
		if (hold.replayed()) {
			return hold;
		}

		BookingView held = hold.response();
		try {
			Object details = payments.open(BookingSummary.of(held));
			BookingView booking = held.withDetails(Map.of(payments.field(), details));
			bookings.recordHold(caller, idempotencyKey, booking);
			return new Outcome<>(booking, false);
		}
		catch (RuntimeException ex) {
			bookings.releaseHold(caller, idempotencyKey, held.id());
			throw ex;
		}
	}

}
