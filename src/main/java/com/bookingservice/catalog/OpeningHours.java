package com.bookingservice.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * When a service is open on one day of the week, in the service's own time zone.
 *
 * @param dayOfWeek the day, such as MONDAY
 * @param opens the time of the first possible start
 * @param closes the time by which the last booking has ended
 */
@Embeddable
public record OpeningHours(
		@NotNull @Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek dayOfWeek,
		@NotNull LocalTime opens,
		@NotNull LocalTime closes) {

	@JsonIgnore
	@AssertTrue(message = "opens must be before closes")
	boolean isOrdered() {
		return opens == null || closes == null || opens.isBefore(closes);
	}

}
