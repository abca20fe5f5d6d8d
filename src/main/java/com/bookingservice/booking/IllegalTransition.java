package com.bookingservice.booking;

import java.util.UUID;

import com.bookingservice.support.ApiProblem;

import org.springframework.http.HttpStatus;

/**
 * A booking cannot make the requested move from the status it is in.
 */
class IllegalTransition extends ApiProblem {

	IllegalTransition(UUID id, BookingStatus from, BookingStatus to) {
		super(HttpStatus.CONFLICT, "illegal-transition", "Illegal status change",
				"Booking " + id + " is " + from.value() + " and cannot become " + to.value() + ".");
	}

}
