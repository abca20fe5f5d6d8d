package com.bookingservice.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What is still free on a day, so that the app can offer it.
 */
@RestController
class AvailabilityController {

	private final Availability availability;

	AvailabilityController(Availability availability) {
		this.availability = availability;
	}

	@GetMapping("/services/{id}/slots")
	DaySlots slots(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return availability.on(id, date);
	}

	/**
	 * The slots of a service on one local date that have not started yet.
	 */
	record DaySlots(UUID serviceId, LocalDate date, String timeZone, List<Slot> slots) {
	}

	/**
	 * One slot and how many more bookings it takes.
	 */
	record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, int remaining) {
	}

}
