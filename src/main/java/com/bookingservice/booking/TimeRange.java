package com.bookingservice.booking;

import java.time.Instant;

/**
 * A span of time, start inclusive and end exclusive.
 */
record TimeRange(Instant startsAt, Instant endsAt) {

	boolean overlaps(TimeRange other) {
		return startsAt.isBefore(other.endsAt) && endsAt.isAfter(other.startsAt);
	}

}
