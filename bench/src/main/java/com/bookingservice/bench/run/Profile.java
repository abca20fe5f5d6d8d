package com.bookingservice.bench.run;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How long and how hard a run is.
 *
 * @param name as shown in the report
 * @param firstStair the arrival rate of the first stair, in bookings per second
 * @param stairGrowth how many times the rate of the stair before each stair's rate is
 * @param stairs how many stairs at most
 * @param stairSeconds how long each stair lasts
 * @param warmupRate the arrival rate, in bookings per second, that warms the service up before
 * the stairs, so that its code is compiled before it is measured
 * @param warmup how long the service as it is warms up before the stairs and before the steady
 * phase; on two cores its JIT compilers keep a core busy for some three minutes of load
 * @param steady how long the steady phase lasts
 * @param drain the longest wait for notifications to be sent after the load
 * @param ceiling how long each database ceiling loop runs
 * @param customers how many customers sign up before the load
 * @param services how many services bookings spread over
 */
record Profile(String name, double firstStair, double stairGrowth, int stairs, int stairSeconds, double warmupRate,
		Duration warmup, Duration steady, Duration drain, Duration ceiling, int customers, int services) {

	static final Profile QUICK = new Profile("quick", 4, 2, 6, 6, 8, Duration.ofSeconds(60), Duration.ofSeconds(15),
			Duration.ofSeconds(20), Duration.ofSeconds(5), 20, 50);

	static final Profile FULL = new Profile("full", 4, 1.4, 15, 12, 15, Duration.ofMinutes(3), Duration.ofSeconds(60),
			Duration.ofSeconds(90), Duration.ofSeconds(15), 100, 50);

	static final Profile SOAK = new Profile("soak", 4, 1.4, 15, 12, 15, Duration.ofMinutes(3), Duration.ofMinutes(30),
			Duration.ofMinutes(20), Duration.ofSeconds(60), 200, 50);

	Profile withWarmup(Duration other) {
		return new Profile(name, firstStair, stairGrowth, stairs, stairSeconds, warmupRate, other, steady, drain,
				ceiling, customers, services);
	}

	/**
	 * The arrival rate of each stair, in bookings per second, rounded to a tenth.
	 */
	List<Double> stairRates() {
		return IntStream.range(0, stairs)
			.mapToObj(i -> Math.round(firstStair * Math.pow(stairGrowth, i) * 10) / 10.0)
			.toList();
	}

}
