package com.bookingservice.notification;

import java.time.Duration;
import java.util.Optional;

import io.github.resilience4j.core.IntervalFunction;

import org.springframework.stereotype.Component;

/**
 * When a delivery that failed for a passing reason is tried again: after pauses that grow
 * exponentially, each moved at random so that instances do not retry in step, until the tries
 * are used up.
 */
@Component
class RetrySchedule {

	private final IntervalFunction pauses;

	private final int maxAttempts;

	RetrySchedule(NotificationProperties properties) {
		NotificationProperties.Retry retry = properties.retry();
		this.pauses = IntervalFunction.ofExponentialRandomBackoff(retry.initialInterval(), retry.multiplier(),
				retry.randomization(), retry.maxInterval());
		this.maxAttempts = retry.maxAttempts();
	}

	/**
	 * The pause before the next try, or nothing when the tries are used up.
	 *
	 * @param attempts the tries made so far
	 */
	Optional<Duration> pauseAfter(int attempts) {
		if (attempts >= maxAttempts) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofMillis(pauses.apply(attempts)));
	}

}
