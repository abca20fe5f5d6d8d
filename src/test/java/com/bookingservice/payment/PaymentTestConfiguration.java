package com.bookingservice.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.bookingservice.booking.BookingConfirmed;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/**
 * The payment tests' own beans: a clock that tests move forward, in place of the system's, and
 * a log of the events published about bookings and payments.
 */
@TestConfiguration(proxyBeanMethods = false)
class PaymentTestConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

	@Bean
	EventLog eventLog() {
		return new EventLog();
	}

	/**
	 * The clock that every feature reads, which a test can move forward.
	 */
	static final class MovableClock extends Clock {

		private final Clock ticking = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

		private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

		void advance(Duration duration) {
			offset.accumulateAndGet(duration, Duration::plus);
		}

		@Override
		public Instant instant() {
			return ticking.instant().plus(offset.get());
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			MovableClock moved = this;
			return new Clock() {

				@Override
				public Instant instant() {
					return moved.instant();
				}

				@Override
				public ZoneId getZone() {
					return zone;
				}

				@Override
				public Clock withZone(ZoneId other) {
					return moved.withZone(other);
				}

			};
		}

	}

	/**
	 * The events published about bookings and payments, in the order they were published.
	 */
	static final class EventLog {

		private final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(BookingConfirmed confirmed) {
			events.add(confirmed);
		}

		@EventListener
		void on(PaymentRefunded refunded) {
			events.add(refunded);
		}

		long confirmations(String bookingId) {
			return events.stream()
				.filter(event -> event instanceof BookingConfirmed confirmed
						&& confirmed.bookingId().toString().equals(bookingId))
				.count();
		}

		List<PaymentRefunded> refunds(String bookingId) {
			return events.stream()
				.filter(PaymentRefunded.class::isInstance)
				.map(PaymentRefunded.class::cast)
				.filter(refunded -> refunded.bookingId().toString().equals(bookingId))
				.toList();
		}

	}

}
