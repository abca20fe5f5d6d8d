package com.bookingservice.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booking as other features read it, with its times in the service's own time zone.
 *
 * @param id the booking's id
 * @param serviceName the name of the booked service
 * @param customerId the customer who booked
 * @param startsAt when it starts, at the service's offset
 * @param endsAt when it ends, at the service's offset
 * @param status where it is in its life
 * @param amount its price in the currency's smallest unit (paise)
 * @param currency the ISO 4217 currency code
 * @param contact where to tell the customer about it
 */
public record BookingSummary(UUID id, String serviceName, UUID customerId, OffsetDateTime startsAt,
		OffsetDateTime endsAt, BookingStatus status, long amount, String currency, Contact contact) {

	static BookingSummary of(BookingView view) {
		return new BookingSummary(view.id(), view.serviceName(), view.customerId(), view.startsAt(), view.endsAt(),
				view.status(), view.amount(), view.currency(), view.contact());
	}

}
