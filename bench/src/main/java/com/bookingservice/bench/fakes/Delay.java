package com.bookingservice.bench.fakes;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a stand-in takes to answer: a uniformly random time between two bounds.
 *
 * @param min the shortest answer time
 * @param max the longest answer time
 */
record Delay(Duration min, Duration max) {

	Delay {
		if (max.compareTo(min) < 0) {
			throw new IllegalArgumentException("The longest delay must not be shorter than the shortest.");
		}
	}

	static Delay ofMillis(long min, long max) {
		return new Delay(Duration.ofMillis(min), Duration.ofMillis(max));
	}

	/**
	 * Sleeps for a random time within the bounds; on a virtual thread this costs no carrier.
	 */
	void await() throws InterruptedException {
		long from = min.toMillis();
		long to = max.toMillis();
		long millis = from == to ? from : ThreadLocalRandom.current().nextLong(from, to + 1);
		if (millis > 0) {
			Thread.sleep(millis);
		}
	}

	@Override
	public String toString() {
		return min.toMillis() + ".." + max.toMillis() + " ms";
	}

}
