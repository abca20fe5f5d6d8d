package com.bookingservice.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.bookingservice.catalog.ServiceDefinition;

/**
 * A booking as clients see it, with its times in the service's own time zone.
 */
record BookingView(UUID id, UUID serviceId, String serviceName, UUID customerId, OffsetDateTime startsAt,
		OffsetDateTime endsAt, BookingStatus status, long amount, String currency, Contact contact, String notes,
		Instant createdAt, Instant updatedAt) {

	static BookingView of(Booking booking, ServiceDefinition service) {
		return new BookingView(booking.id(), booking.serviceId(), service.name(), booking.customerId(),
				OffsetDateTime.ofInstant(booking.startsAt(), service.zone()),
				OffsetDateTime.ofInstant(booking.endsAt(), service.zone()), booking.status(), booking.amount(),
				booking.currency(), booking.contact(), booking.notes(), booking.createdAt(), booking.updatedAt());
	}

}
