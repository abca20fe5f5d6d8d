package com.bookingservice.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A customer's request for a slot. The end and the price follow from the service.
 *
 * @param serviceId the service to book
 * @param startsAt the start of the slot, with its offset
 * @param contact where to tell the customer about the booking; missing parts come from the account
 * @param notes anything the customer wants staff to know
 */
record BookingRequest(@NotNull UUID serviceId, @NotNull OffsetDateTime startsAt, @Valid Contact contact,
		@Size(max = 2000) String notes) {
}
