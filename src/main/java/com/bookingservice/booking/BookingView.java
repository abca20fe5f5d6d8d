package com.bookingservice.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

import com.bookingservice.catalog.ServiceDefinition;

/**
 * A booking as clients see it, with its times in the service's own time zone, and, when read
 * on its own, the {@link BookingDetails} that other features add.
 */
record BookingView(UUID id, UUID serviceId, String serviceName, UUID customerId, OffsetDateTime startsAt,
		OffsetDateTime endsAt, BookingStatus status, long amount, String currency, Contact contact, String notes,
		Instant createdAt, Instant updatedAt, @JsonAnyGetter @JsonAnySetter Map<String, Object> details) {

	static BookingView of(Booking booking, ServiceDefinition service) {
		return new BookingView(booking.id(), booking.serviceId(), service.name(), booking.customerId(),
				OffsetDateTime.ofInstant(booking.startsAt(), service.zone()),
				OffsetDateTime.ofInstant(booking.endsAt(), service.zone()), booking.status(), booking.amount(),
				booking.currency(), booking.contact(), booking.notes(), booking.createdAt(), booking.updatedAt(),
				Map.of());
	}

	/**
	 * This view with what other features know about the booking, each under its own field.
	 */
	BookingView withDetails(Map<String, Object> details) {
		return new BookingView(id, serviceId, serviceName, customerId, startsAt, endsAt, status, amount, currency,
				contact, notes, createdAt, updatedAt, Map.copyOf(details));
	}

}
