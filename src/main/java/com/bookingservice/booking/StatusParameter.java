package com.bookingservice.booking;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.bookingservice.support.ApiProblem;

import org.springframework.http.HttpStatus;

/**
 * Reads the {@code status} filter of a booking list: one or more statuses, repeated or
 * separated by commas.
 */
final class StatusParameter {

	private StatusParameter() {
	}

	static List<BookingStatus> parse(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.map(value -> BookingStatus.fromValue(value).orElseThrow(() -> new UnknownStatus(value)))
			.distinct()
			.toList();
	}

	/**
	 * A status filter that names no status.
	 */
	static final class UnknownStatus extends ApiProblem {

		UnknownStatus(String value) {
			super(HttpStatus.BAD_REQUEST, "unknown-status", "Unknown status",
					"'" + value + "' is not a booking status; use one of " + Arrays.stream(BookingStatus.values())
						.map(BookingStatus::value)
						.collect(Collectors.joining(", ")) + ".");
		}

	}

}
