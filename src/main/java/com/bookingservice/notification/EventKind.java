package com.bookingservice.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.bookingservice.booking.BookingCancelled;
import com.bookingservice.booking.BookingCompleted;
import com.bookingservice.booking.BookingConfirmed;
import com.bookingservice.booking.BookingExpired;
import com.bookingservice.booking.BookingReceived;
import com.bookingservice.payment.PaymentRefunded;

/**
 * The moments in a booking's life that its customer is told about.
 */
enum EventKind {

	RECEIVED, CONFIRMED, COMPLETED, CANCELLED, EXPIRED, REFUNDED;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static EventKind fromValue(String value) {
		return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst().orElseThrow();
	}

	/**
	 * The booking and moment an application event tells of, if it tells of one.
	 */
	static Optional<Occurrence> of(Object event) {
		return switch (event) {
			case BookingReceived received -> Optional.of(new Occurrence(received.bookingId(), RECEIVED));
			case BookingConfirmed confirmed -> Optional.of(new Occurrence(confirmed.bookingId(), CONFIRMED));
			case BookingCompleted completed -> Optional.of(new Occurrence(completed.bookingId(), COMPLETED));
			case BookingCancelled cancelled -> Optional.of(new Occurrence(cancelled.bookingId(), CANCELLED));
			case BookingExpired expired -> Optional.of(new Occurrence(expired.bookingId(), EXPIRED));
			case PaymentRefunded refunded -> Optional.of(new Occurrence(refunded.bookingId(), REFUNDED));
			default -> Optional.empty();
		};
	}

	/**
	 * A moment in one booking's life.
	 *
	 * @param bookingId the booking
	 * @param kind what happened to it
	 */
	record Occurrence(UUID bookingId, EventKind kind) {
	}

}
