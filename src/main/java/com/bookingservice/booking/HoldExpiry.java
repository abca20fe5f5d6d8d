package com.bookingservice.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the holds of bookings that were not paid in time, freeing their slots. Safe with
 * several instances: each run takes only rows that no other transaction has locked.
 */
@Component
@EnableConfigurationProperties(HoldExpiry.HoldProperties.class)
class HoldExpiry {

	private static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(HoldExpiry.class);

	private final BookingRepository bookings;

	private final ApplicationEventPublisher events;

	private final Duration hold;

	private final Clock clock;

	HoldExpiry(BookingRepository bookings, ApplicationEventPublisher events, HoldProperties properties, Clock clock) {
		this.bookings = bookings;
		this.events = events;
		this.hold = properties.hold();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${booking.payments.expiry-check:PT10S}", initialDelayString = "PT5S")
	@Transactional
	void expireRunOutHolds() {
		Instant now = clock.instant();
		List<Booking> due = bookings.lockHoldsPlacedBefore(now.minus(hold), BATCH);

		for (Booking booking : due) {
			booking.moveTo(BookingStatus.EXPIRED, now);
			events.publishEvent(new BookingExpired(booking.id()));
		}
		if (!due.isEmpty()) {
			log.info("{} unpaid holds expired and freed their slots.", due.size());
		}
	}

	/**
	 * How long a booking waiting for online payment holds its slot.
	 *
	 * @param hold the time from placing the booking to its expiry
	 */
	@ConfigurationProperties("booking.payments")
	record HoldProperties(@DefaultValue("PT15M") Duration hold) {
	}

}
