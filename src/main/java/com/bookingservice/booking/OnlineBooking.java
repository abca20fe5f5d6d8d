package com.bookingservice.booking;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.bookingservice.account.Caller;
import com.bookingservice.booking.IdempotentRequests.Outcome;
import com.bookingservice.support.ApiProblem;

/**
 * Books a slot that the customer pays for online. The slot is held in one transaction, the
 * payment is opened with the provider outside any transaction, and the answer is kept in a
 * second one; if the provider fails, the hold is deleted so that no slot stays taken.
 */
@Component
class OnlineBooking {

	private final BookingManagement bookings;

	private final ObjectProvider<Checkout> checkout;

	OnlineBooking(BookingManagement bookings, ObjectProvider<Checkout> checkout) {
		this.bookings = bookings;
		this.checkout = checkout;
	}

	Outcome<BookingView> book(Caller caller, BookingRequest request, String idempotencyKey) {
		Checkout payments = checkout.getIfAvailable();
		if (payments == null) {
			throw new OnlinePaymentUnavailable();
		}

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

	/**
	 * No feature takes online payments in this build.
	 */
	static final class OnlinePaymentUnavailable extends ApiProblem {

		OnlinePaymentUnavailable() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "online-payment-unavailable", "Online payment unavailable",
					"Online payment is not available; book without paying online instead.");
		}

	}

}
