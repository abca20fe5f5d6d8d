package com.bookingservice.catalog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.bookingservice.support.TimeZoneId;

/**
 * A service as an admin creates or replaces it.
 *
 * @param name the name shown to customers
 * @param durationMinutes how long one booking lasts, from 5 minutes to a day
 * @param price the price of one booking in paise
 * @param currency INR, the default
 * @param capacity how many bookings may overlap; 1 means exclusive
 * @param timeZone the IANA time zone of the opening hours
 * @param openingHours when it is open
 * @param active whether it can be booked; true by default
 */
record ServiceRequest(
		@NotBlank @Size(max = 200) String name,
		@NotNull @Min(5) @Max(1440) Integer durationMinutes,
		@NotNull @Min(0) @Max(100_000_000_00L) Long price,
		@Pattern(regexp = "INR", message = "must be INR") String currency,
		@NotNull @Min(1) @Max(10_000) Integer capacity,
		@NotBlank @TimeZoneId String timeZone,
		@NotNull @Size(max = 50) List<@NotNull @Valid OpeningHours> openingHours,
		Boolean active) {

	String currencyOrDefault() {
		return currency == null ? "INR" : currency;
	}

	boolean activeOrDefault() {
		return active == null || active;
	}

}
