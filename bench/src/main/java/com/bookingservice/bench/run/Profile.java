package com.bookingservice.bench.run;

import java.time.Duration;

/**
 * How long and how hard a run is.
 *
 * @param name as shown in the report
 * @param firstStair the arrival rate of the first stair, in bookings per second
 * @param stairStep how much each stair adds
 * @param stairs how many stairs at most
 * @param stairSeconds how long each stair lasts
 * @param steady how long the steady phase lasts
 * @param drain the longest wait for notifications to be sent after the load
 * @param ceiling how long each database ceiling loop runs
 * @param customers how many customers sign up before the load
 * @param services how many services bookings spread over
 */
record Profile(String name, double firstStair, double stairStep, int stairs, int stairSeconds, Duration steady,
		Duration drain, Duration ceiling, int customers, int services) {

	static final Profile QUICK = new Profile("quick", 2, 4, 3, 6, Duration.ofSeconds(15), Duration.ofSeconds(20),
			Duration.ofSeconds(5), 20, 50);

	static final Profile FULL = new Profile("full", 2, 4, 10, 15, Duration.ofSeconds(60), Duration.ofSeconds(90),
			Duration.ofSeconds(15), 100, 50);

	static final Profile SOAK = new Profile("soak", 2, 4, 10, 15, Duration.ofMinutes(30), Duration.ofMinutes(20),
			Duration.ofSeconds(60), 200, 50);

}
