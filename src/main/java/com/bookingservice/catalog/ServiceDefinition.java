package com.bookingservice.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A bookable service as the other features see it: what a booking of it costs, how long
 * it lasts, how many may overlap and when it may start.
 *
 * @param id the service's id
 * @param name its name, as shown to customers
 * @param duration how long one booking lasts
 * @param price the price of one booking in the currency's smallest unit (paise)
 * @param currency the ISO 4217 currency code
 * @param capacity how many bookings may overlap in time
 * @param zone the time zone that opening hours are given in
 * @param openingHours when it is open
 * @param active whether it can be booked
 */
public record ServiceDefinition(UUID id, String name, Duration duration, long price, String currency, int capacity,
		ZoneId zone, List<OpeningHours> openingHours, boolean active) {

	/**
	 * The start times of the slots on a local date, in order: every slot begins a whole
	 * number of durations after a day's opening and ends by its closing.
	 */
	public List<ZonedDateTime> slotStarts(LocalDate date) {
		return openingHours.stream()
			.filter(hours -> hours.dayOfWeek() == date.getDayOfWeek())
			.flatMap(hours -> startsWithin(hours, date))
			.distinct()
			.sorted()
			.toList();
	}

	private Stream<ZonedDateTime> startsWithin(OpeningHours hours, LocalDate date) {
		int length = (int) duration.toMinutes();
		int opens = hours.opens().toSecondOfDay() / 60;
		int closes = hours.closes().toSecondOfDay() / 60;
		return IntStream.iterate(opens, start -> start + length <= closes, start -> start + length)
			.mapToObj(start -> date.atTime(LocalTime.ofSecondOfDay(start * 60L)).atZone(zone));
	}

	/**
	 * Whether a booking may start at this instant: it must be the start of one of the slots.
	 */
	public boolean isSlotStart(Instant instant) {
		LocalDate date = instant.atZone(zone).toLocalDate();
		return slotStarts(date).stream().anyMatch(start -> start.toInstant().equals(instant));
	}

}
