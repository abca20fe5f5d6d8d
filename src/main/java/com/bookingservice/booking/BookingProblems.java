package com.bookingservice.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.bookingservice.support.ApiProblem;

import org.springframework.http.HttpStatus;

/**
 * What can go wrong when booking, as told to clients.
 */
final class BookingProblems {

	private BookingProblems() {
	}

	/**
	 * No booking with this id that the caller may see.
	 */
	static final class BookingNotFound extends ApiProblem {

		BookingNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "booking-not-found", "Booking not found", "There is no booking " + id + ".");
		}

	}

	/**
	 * Every place in the slot is taken.
	 */
	static final class SlotUnavailable extends ApiProblem {

		SlotUnavailable(OffsetDateTime startsAt) {
			super(HttpStatus.CONFLICT, "slot-unavailable", "Slot unavailable",
					"The slot starting at " + startsAt + " is fully booked.");
		}

	}

	/**
	 * The requested start is not the start of a slot inside opening hours.
	 */
	static final class NotASlot extends ApiProblem {

		NotASlot(OffsetDateTime startsAt) {
			super(HttpStatus.BAD_REQUEST, "not-a-slot", "Not a slot", "No slot of this service starts at " + startsAt
					+ "; ask GET /services/{id}/slots for the start times.");
		}

	}

	/**
	 * The requested start has already passed.
	 */
	static final class StartInThePast extends ApiProblem {

		StartInThePast(OffsetDateTime startsAt) {
			super(HttpStatus.BAD_REQUEST, "start-in-the-past", "Start in the past",
					"The slot starting at " + startsAt + " has already begun.");
		}

	}

	/**
	 * An Idempotency-Key was sent again with a different request.
	 */
	static final class IdempotencyKeyReused extends ApiProblem {

		IdempotencyKeyReused() {
			super(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
					"This Idempotency-Key was already used with a different request.");
		}

	}

	/**
	 * The first request with this Idempotency-Key has not finished yet.
	 */
	static final class RequestInProgress extends ApiProblem {

		RequestInProgress() {
			super(HttpStatus.CONFLICT, "request-in-progress", "Request in progress",
					"A request with this Idempotency-Key is still being processed; retry in a few seconds.");
		}

	}

	/**
	 * An Idempotency-Key that cannot be used.
	 */
	static final class InvalidIdempotencyKey extends ApiProblem {

		InvalidIdempotencyKey() {
			super(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Invalid idempotency key",
					"An Idempotency-Key must be 1 to 255 visible ASCII characters.");
		}

	}

}
