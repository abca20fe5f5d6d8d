package com.bookingservice.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What one Gatling run does, read from the properties file that {@code BENCH_PLAN} names.
 * The orchestrator writes it; see {@code com.bookingservice.bench.run.Bench}.
 *
 * @param baseUrl the booking service
 * @param controlUrl the stand-ins' control port, where customers pay at the checkout
 * @param seedFile the accounts, tokens and services made before the load
 * @param eventsFile where to write the booking changes that customers and staff saw committed
 * @param clockFile where to write when the load began and ended, in epoch milliseconds
 * @param payments whether the service takes online payments, so that some customers pay online
 * @param keySecret Razorpay's key secret, to sign payments as the checkout does
 * @param webhookSecret Razorpay's webhook secret, to sign webhooks
 * @param levels the arrival rates in bookings per second, one stair each; a single one for a
 * steady phase
 * @param levelSeconds how long each stair lasts
 * @param named whether request names carry the stair, such as {@code L03 POST /bookings}
 * @param warmupSeconds how long the warm-up runs before the stairs, with requests named
 * {@code warm-up ...}, so that the service's code is compiled before it is measured
 * @param warmupRate the warm-up's arrival rate in bookings per second
 * @param maxUsersInFlight the fewest virtual users under way that stop the load as overwhelmed;
 * a stair allows thirty per booking per second of its rate, when that is more
 * @param daysAhead bookings are spread over this many days from the day after tomorrow
 */
record LoadPlan(String baseUrl, String controlUrl, Path seedFile, Path eventsFile, Path clockFile, boolean payments,
		String keySecret, String webhookSecret, List<Double> levels, int levelSeconds, boolean named,
		int warmupSeconds, double warmupRate, int maxUsersInFlight, int daysAhead) {

	static LoadPlan fromEnvironment() {
		String file = System.getenv("BENCH_PLAN");
		if (file == null || file.isBlank()) {
			throw new IllegalStateException("BENCH_PLAN must name the plan's properties file; run the load "
					+ "through bench/run.");
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of(file))) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the plan " + file, ex);
		}
		return of(properties);
	}

	private static LoadPlan of(Properties p) {
		List<Double> levels = new ArrayList<>();
		for (String level : required(p, "levels").split(",")) {
			levels.add(Double.parseDouble(level.trim()));
		}
		return new LoadPlan(required(p, "base-url"), required(p, "control-url"), Path.of(required(p, "seed-file")),
				Path.of(required(p, "events-file")), Path.of(required(p, "clock-file")),
				Boolean.parseBoolean(required(p, "payments")),
				p.getProperty("razorpay-key-secret", ""), p.getProperty("razorpay-webhook-secret", ""),
				List.copyOf(levels), Integer.parseInt(required(p, "level-seconds")),
				Boolean.parseBoolean(required(p, "named-levels")),
				Integer.parseInt(p.getProperty("warmup-seconds", "0")),
				Double.parseDouble(p.getProperty("warmup-rate", levels.getFirst().toString())),
				Integer.parseInt(required(p, "max-users-in-flight")),
				Integer.parseInt(p.getProperty("days-ahead", "60")));
	}

	private static String required(Properties properties, String name) {
		String value = properties.getProperty(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("The plan has no '" + name + "'.");
		}
		return value.trim();
	}

}
