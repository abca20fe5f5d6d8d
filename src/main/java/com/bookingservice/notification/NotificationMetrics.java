package com.bookingservice.notification;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Micrometer meters of notifications: deliveries by channel and outcome, the latency of provider
 * calls, and the size and age of the backlog as of the last recovery run.
 */
@Component
class NotificationMetrics {

	private final MeterRegistry registry;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicLong oldestPendingAge = new AtomicLong();

	NotificationMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("notification.backlog", pending, AtomicLong::get)
			.description("Deliveries waiting to be sent")
			.register(registry);
		Gauge.builder("notification.oldest.pending.age", oldestPendingAge, AtomicLong::get)
			.description("How long the oldest delivery still waiting was written ago")
			.baseUnit("seconds")
			.register(registry);
	}

	/**
	 * Counts a delivery's outcome: sent, logged, skipped, failed, or retry for a failed try
	 * that will be repeated.
	 */
	void count(Channel channel, String outcome) {
		Counter.builder("notification.deliveries")
			.description("Deliveries by channel and outcome")
			.tag("channel", channel.value())
			.tag("outcome", outcome)
			.register(registry)
			.increment();
	}

	<T> T timeProviderCall(Channel channel, Supplier<T> call) {
		return Timer.builder("notification.provider.latency")
			.description("How long providers take to answer")
			.tag("channel", channel.value())
			.register(registry)
			.record(call);
	}

	void backlog(Backlog backlog) {
		pending.set(backlog.pending());
		oldestPendingAge.set(Math.round(backlog.oldestAgeSeconds()));
	}

}
