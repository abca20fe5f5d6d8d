package com.bookingservice.booking;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a booking is in its life, and which moves it may make from there.
 */
public enum BookingStatus {

	/** Holds its slot while the customer pays online. */
	PENDING_PAYMENT,

	/** Received and waiting for staff to confirm it. */
	PENDING,

	/** Confirmed by staff or by payment. */
	CONFIRMED,

	/** The service was delivered. */
	COMPLETED,

	/** Called off by the customer or by staff. */
	CANCELLED,

	/** An unpaid hold that ran out. */
	EXPIRED;

	/** The statuses of the bookings that take up capacity. */
	static final Set<BookingStatus> HOLDING_CAPACITY = EnumSet.of(PENDING_PAYMENT, PENDING, CONFIRMED);

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<BookingStatus> fromValue(String value) {
		return Arrays.stream(values()).filter(status -> status.value().equals(value)).findFirst();
	}

	boolean holdsCapacity() {
		return HOLDING_CAPACITY.contains(this);
	}

	boolean mayMoveTo(BookingStatus next) {
		return switch (this) {
			case PENDING_PAYMENT -> next == CANCELLED || next == EXPIRED;
			case PENDING -> next == CONFIRMED || next == CANCELLED;
			case CONFIRMED -> next == COMPLETED || next == CANCELLED;
			case COMPLETED, CANCELLED, EXPIRED -> false;
		};
	}

	/**
	 * Stores a status as its lower-case value.
	 */
	@Converter(autoApply = true)
	static class JpaConverter implements AttributeConverter<BookingStatus, String> {

		@Override
		public String convertToDatabaseColumn(BookingStatus status) {
			return status == null ? null : status.value();
		}

		@Override
		public BookingStatus convertToEntityAttribute(String value) {
			return value == null ? null : fromValue(value).orElseThrow();
		}

	}

}
