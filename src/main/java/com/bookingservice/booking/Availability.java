package com.bookingservice.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import com.bookingservice.booking.AvailabilityController.DaySlots;
import com.bookingservice.booking.AvailabilityController.Slot;
import com.bookingservice.catalog.ServiceCatalog;
import com.bookingservice.catalog.ServiceDefinition;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out how much of each slot is still free.
 */
@Service
class Availability {

	private final ServiceCatalog catalog;

	private final BookingRepository bookings;

	private final Clock clock;

	Availability(ServiceCatalog catalog, BookingRepository bookings, Clock clock) {
		this.catalog = catalog;
		this.bookings = bookings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	DaySlots on(UUID serviceId, LocalDate date) {
		ServiceDefinition service = catalog.bookable(serviceId);
		Instant now = clock.instant();
		List<TimeRange> upcoming = service.slotStarts(date)
			.stream()
			.map(ZonedDateTime::toInstant)
			.filter(start -> start.isAfter(now))
			.map(start -> new TimeRange(start, start.plus(service.duration())))
			.toList();
		if (upcoming.isEmpty()) {
			return new DaySlots(service.id(), date, service.zone().getId(), List.of());
		}

		List<TimeRange> held = bookings.findHoldingCapacity(service.id(), upcoming.getFirst().startsAt(),
				upcoming.getLast().endsAt());
		List<Slot> slots = upcoming.stream().map(slot -> slot(service, slot, held)).toList();
		return new DaySlots(service.id(), date, service.zone().getId(), slots);
	}

	private static Slot slot(ServiceDefinition service, TimeRange slot, List<TimeRange> held) {
		long taken = held.stream().filter(slot::overlaps).count();
		int remaining = (int) Math.max(0, service.capacity() - taken);
		return new Slot(slot.startsAt().atZone(service.zone()).toOffsetDateTime(),
				slot.endsAt().atZone(service.zone()).toOffsetDateTime(), remaining);
	}

}
