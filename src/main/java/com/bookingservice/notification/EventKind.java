package com.bookingservice.notification;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.bookingservice.booking.BookingCancelled;
import com.bookingservice.booking.BookingCompleted;
import com.bookingservice.booking.BookingConfirmed;
import com.bookingservice.booking.BookingReceived;

/**
 * The moments in a booking's life that its customer is told about.
 */
enum EventKind {

	RECEIVED, CONFIRMED, COMPLETED, CANCELLED, EXPIRED;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static EventKind fromValue(String value) {
		return Arrays.stream(values()).filter(kind -> kind.value().equals(value)).findFirst().orElseThrow();
	}

	/**
	 * The booking and moment an application event tells of, if it tells of one. Besides the
	 * booking feature's own events, any public record named {@code Booking} and a kind, such as
	 * {@code BookingExpired}, with a {@code UUID bookingId} component counts, so that another
	 * feature can announce a moment without this one depending on it.
	 */
	static Optional<Occurrence> of(Object event) {
		return switch (event) {
			case BookingReceived received -> Optional.of(new Occurrence(received.bookingId(), RECEIVED));
			case BookingConfirmed confirmed -> Optional.of(new Occurrence(confirmed.bookingId(), CONFIRMED));
			case BookingCompleted completed -> Optional.of(new Occurrence(completed.bookingId(), COMPLETED));
			case BookingCancelled cancelled -> Optional.of(new Occurrence(cancelled.bookingId(), CANCELLED));
			case Record other -> byName(other);
			default -> Optional.empty();
		};
	}

	private static Optional<Occurrence> byName(Record event) {
		String name = event.getClass().getSimpleName();
		return Arrays.stream(values())
			.filter(kind -> name.equalsIgnoreCase("Booking" + kind.name()))
			.findFirst()
			.flatMap(kind -> bookingIdOf(event).map(bookingId -> new Occurrence(bookingId, kind)));
	}

	private static Optional<UUID> bookingIdOf(Record event) {
		return Arrays.stream(event.getClass().getRecordComponents())
			.filter(component -> component.getName().equals("bookingId") && component.getType() == UUID.class)
			.findFirst()
			.map(component -> read(component, event));
	}

	private static UUID read(RecordComponent component, Record event) {
		try {
			return (UUID) component.getAccessor().invoke(event);
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

	/**
	 * A moment in one booking's life.
	 *
	 * @param bookingId the booking
	 * @param kind what happened to it
	 */
	record Occurrence(UUID bookingId, EventKind kind) {
	}

}
