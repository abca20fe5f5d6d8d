package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.bookingservice.bench.run.GatlingReport.RequestStats;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One variant of the service: a probe of rising stairs on a fresh database to find its
 * capacity, then, on another fresh database, a steady phase at half of it with the metrics
 * sampled and the notifications drained and checked.
 */
final class VariantRun {

	static final String ADMIN_PASSWORD = "bench-admin-password";

	static final String KEY_SECRET = "bench-razorpay-key-secret";

	static final String WEBHOOK_SECRET = "bench-razorpay-webhook-secret";

	static final String SEND_INLINE = "booking.notifications.send-inline";

	static final List<String> NOTIFICATION_SETTINGS = List.of("booking.notifications.twilio.account-sid",
			"booking.notifications.twilio.auth-token", "booking.notifications.twilio.sms-from",
			"booking.notifications.twilio.whatsapp-from", "booking.notifications.twilio.base-url",
			"booking.notifications.email.from", "spring.mail.host", "spring.mail.port");

	static final List<String> PAYMENT_SETTINGS = List.of("booking.payments.razorpay.key-id",
			"booking.payments.razorpay.key-secret", "booking.payments.razorpay.webhook-secret",
			"booking.payments.razorpay.base-url");

	/**
	 * The design that sends inside the request is held back by its providers, not by its
	 * compiler, so a minute warms it up.
	 */
	private static final Duration INLINE_WARMUP = Duration.ofMinutes(1);

	private final Options options;

	private final Children children;

	private final String name;

	private final Profile profile;

	private final List<String> notes = new ArrayList<>();

	private boolean payments;

	VariantRun(Options options, Children children, String name) {
		this.options = options;
		this.children = children;
		this.name = name;
		this.profile = options.profile();
	}

	Results.Variant run() {
		try {
			Results.Probe probe = probe();
			if (probe == null) {
				return Results.Variant.skipped(name, description(), "The service has no setting " + SEND_INLINE
						+ " in this build, so notifications cannot be sent inside the request.", notes);
			}
			Results.Steady steady = steady(steadyRate(probe.capacity()));
			return new Results.Variant(name, description(), null, notes, settings(null), probe, steady);
		}
		catch (Exception ex) {
			System.err.println("The " + name + " variant failed: " + ex);
			ex.printStackTrace();
			return Results.Variant.skipped(name, description(), "Failed: " + ex.getMessage(), notes);
		}
	}

	private String description() {
		return name.equals("inline")
				? "the service with " + SEND_INLINE + "=true (notifications sent inside the request)"
				: "the service as it is";
	}

	/**
	 * The stairs; null if this variant cannot run on this build of the service.
	 */
	private Results.Probe probe() throws IOException, InterruptedException {
		Path dir = options.work().resolve(name).resolve("probe");
		log("probing with stairs from " + profile.firstStair() + " bookings/s");
		try (Fakes fakes = Fakes.start(children, options.java(), dir.resolve("fakes"));
				Service service = Service.start(children, options.java(), options.serviceJar(), dir.resolve("service"),
						settings(fakes), options.jfr())) {
			if (!supported(service)) {
				return null;
			}
			Seeder.Seeded seeded = seed(service, dir);
			List<Double> rates = profile.stairRates();
			Properties plan = plan(service, fakes, dir, rates, profile.stairSeconds(), true, warmup(),
					probeWarmupRate());
			Gatling.Run run;
			List<Sampler.Sample> samples;
			try (Sampler sampler = Sampler.start(service)) {
				run = Gatling.run(children, options, plan, dir.resolve("load"));
				sampler.close();
				samples = sampler.samples();
				sampler.write(dir.resolve("samples.csv"));
			}
			Capacity.Result capacity = Capacity.of(GatlingReport.read(run.report()), rates, profile.stairSeconds(),
					samples, run.began() + warmup().toMillis());
			log("sustained " + capacity.capacity() + " bookings/s");
			return new Results.Probe(capacity, run.report(), startup(service), seeded,
					ServiceLog.problems(service.log()));
		}
	}

	/**
	 * The service as it is warms up at the profile's rate; before the steady phase, the warm-up
	 * starts at that rate, or at the steady one if it is lower, and rises to the steady one, as
	 * a service whose code is not compiled yet cannot take the rate it sustains once it is. The
	 * design that sends inside the request cannot take even the first stair, so it warms up at
	 * that.
	 */
	private double probeWarmupRate() {
		return name.equals("inline") ? profile.firstStair() : profile.warmupRate();
	}

	private Duration warmup() {
		return name.equals("inline") ? INLINE_WARMUP : profile.warmup();
	}

	private double steadyRate(Capacity.Result capacity) {
		if (capacity.capacity() > 0) {
			return capacity.capacity() / 2;
		}
		notes.add("Not even the first stair (" + profile.firstStair() + " bookings/s) was sustained; the steady "
				+ "phase ran at half of it.");
		return profile.firstStair() / 2;
	}

	private Results.Steady steady(double rate) throws IOException, InterruptedException {
		Results.Steady steady = measureSteady(rate);
		Path recording = options.work().resolve(name).resolve("steady").resolve("service").resolve("service.jfr");
		return options.jfr() ? steady.withHotspots(FlightRecording.read(recording, steady.loadStart(),
				steady.loadEnd())) : steady;
	}

	private Results.Steady measureSteady(double rate) throws IOException, InterruptedException {
		Path dir = options.work().resolve(name).resolve("steady");
		log("steady at " + rate + " bookings/s for " + profile.steady());
		try (Fakes fakes = Fakes.start(children, options.java(), dir.resolve("fakes"));
				Service service = Service.start(children, options.java(), options.serviceJar(), dir.resolve("service"),
						settings(fakes), options.jfr())) {
			Seeder.seed(service.api(), ADMIN_PASSWORD, profile.services(), profile.customers(),
					dir.resolve("seed.json"));
			Path postgres = dir.resolve("service").resolve("postgres");
			double warmupRate = Math.min(rate, probeWarmupRate());
			Properties plan = plan(service, fakes, dir, List.of(rate), (int) profile.steady().toSeconds(), false,
					warmup(), warmupRate);

			try (Sampler sampler = Sampler.start(service)) {
				Cpu before = Cpu.read(service, postgres, fakes);
				Gatling.Run run = Gatling.run(children, options, plan, dir.resolve("load"));
				Path report = run.report();
				long loadEnd = run.ended();
				Cpu after = Cpu.read(service, postgres, fakes);
				Results.Drain drain = drain(service);
				sampler.close();
				sampler.write(dir.resolve("samples.csv"));

				long loadStart = run.began() + warmup().toMillis();
				Map<String, RequestStats> stats = GatlingReport.read(report);
				Deliveries.Ledger ledger = Deliveries.Ledger.read(service.jdbcUrl());
				JsonNode receipts = fakes.receipts();
				Api.JSON.writeValue(dir.resolve("receipts.json").toFile(), receipts);
				Api.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("fakes-summary.json").toFile(),
						fakes.summary());
				Deliveries.Result deliveries = Deliveries.match(dir.resolve("events.csv"), ledger, receipts);
				Results.Resources resources = Resources.of(sampler.samples(), before, after, run.began(), loadStart,
						loadEnd);
				Prometheus metrics = new Prometheus(service.api().text("/actuator/prometheus"));
				return new Results.Steady(rate, profile.steady(), warmupRate, warmup(),
						steadyEndpoints(stats),
						stats.get(GatlingReport.ALL), report, deliveries, drain, resources, sampler.samples(),
						loadStart, loadEnd, fakes.summary(), startup(service), payments,
						metrics.byLabels("notification_deliveries_total"), providerSeconds(metrics),
						ServiceLog.problems(service.log()), null);
			}
		}
	}

	/**
	 * The mean time of a provider call per label set, from the service's timer.
	 */
	private static Map<String, Double> providerSeconds(Prometheus metrics) {
		Map<String, Double> sums = metrics.byLabels("notification_provider_latency_seconds_sum");
		Map<String, Double> counts = metrics.byLabels("notification_provider_latency_seconds_count");
		Map<String, Double> means = new LinkedHashMap<>();
		sums.forEach((labels, sum) -> {
			double count = counts.getOrDefault(labels, 0.0);
			means.put(labels, count == 0 ? Double.NaN : sum / count);
		});
		return means;
	}

	private static Map<String, RequestStats> steadyEndpoints(Map<String, RequestStats> stats) {
		return stats.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().startsWith("warm-up ") && !entry.getKey().equals(GatlingReport.ALL))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * Waits, up to the profile's limit, until the ledger holds no pending delivery.
	 */
	private Results.Drain drain(Service service) throws InterruptedException {
		String pendingSql = "select count(*) from notification_deliveries where status = 'pending'";
		long start = System.nanoTime();
		long first = Sampler.Database.count(service.jdbcUrl(), pendingSql);
		long pending = first;
		long deadline = start + profile.drain().toNanos();
		while (pending > 0 && System.nanoTime() < deadline) {
			Thread.sleep(1000);
			pending = Sampler.Database.count(service.jdbcUrl(), pendingSql);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		if (first < 0) {
			notes.add("The service keeps no notification_deliveries table, so the drain was not measured.");
		}
		Thread.sleep(1000);
		double rate = took.toMillis() == 0 ? 0 : (first - Math.max(pending, 0)) / (took.toMillis() / 1000.0);
		return new Results.Drain(pending == 0, took, Math.max(pending, 0), rate, profile.drain());
	}

	private boolean supported(Service service) throws IOException, InterruptedException {
		String admin = Seeder.token(service.api(), Seeder.ADMIN_EMAIL, ADMIN_PASSWORD);
		Capabilities capabilities = Capabilities.read(service.api(), admin);
		List<String> missing = NOTIFICATION_SETTINGS.stream().filter(s -> !capabilities.knows(s)).toList();
		if (!missing.isEmpty()) {
			throw new IOException("The service does not know the notification settings " + missing
					+ ", so its notifications cannot reach the stand-ins.");
		}
		List<String> noPayments = PAYMENT_SETTINGS.stream().filter(s -> !capabilities.knows(s)).toList();
		payments = noPayments.isEmpty();
		if (!payments) {
			notes.add("The service does not know " + String.join(", ", noPayments) + ", so nobody paid online: "
					+ "razorpay-booking, verify-payment, webhooks and refunds were left out of the load.");
		}
		if (name.equals("inline") && !capabilities.knows(SEND_INLINE)) {
			return false;
		}
		return true;
	}

	private Seeder.Seeded seed(Service service, Path dir) throws IOException, InterruptedException {
		return Seeder.seed(service.api(), ADMIN_PASSWORD, profile.services(), profile.customers(),
				dir.resolve("seed.json"));
	}

	private Properties plan(Service service, Fakes fakes, Path dir, List<Double> rates, int seconds, boolean named,
			Duration warmup, double warmupRate) {
		Properties plan = new Properties();
		plan.setProperty("base-url", service.api().baseUrl());
		plan.setProperty("control-url", fakes.controlUrl());
		plan.setProperty("seed-file", dir.resolve("seed.json").toString());
		plan.setProperty("events-file", dir.resolve("events.csv").toString());
		plan.setProperty("payments", Boolean.toString(payments));
		plan.setProperty("razorpay-key-secret", KEY_SECRET);
		plan.setProperty("razorpay-webhook-secret", WEBHOOK_SECRET);
		plan.setProperty("levels", rates.stream().map(String::valueOf).collect(Collectors.joining(",")));
		plan.setProperty("level-seconds", Integer.toString(seconds));
		plan.setProperty("named-levels", Boolean.toString(named));
		plan.setProperty("warmup-seconds", Long.toString(warmup.toSeconds()));
		plan.setProperty("warmup-rate", Double.toString(warmupRate));
		plan.setProperty("max-users-in-flight", "150");
		return plan;
	}

	/**
	 * The service's settings for this variant, with the stand-ins' addresses, or placeholders
	 * for the report when there are no stand-ins.
	 */
	Map<String, String> settings(Fakes fakes) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("booking.admin.password", ADMIN_PASSWORD);
		settings.put("booking.token.secret", "bench-token-secret-long-enough-for-hmac-sha256");
		settings.put("booking.token.ttl", "PT12H");
		settings.put("management.endpoints.web.exposure.include", "health,info,prometheus,configprops");
		settings.put("booking.notifications.twilio.account-sid", "ACbench00000000000000000000000000");
		settings.put("booking.notifications.twilio.auth-token", "bench-twilio-token");
		settings.put("booking.notifications.twilio.sms-from", "+15005550006");
		settings.put("booking.notifications.twilio.whatsapp-from", "+14155238886");
		settings.put("booking.notifications.twilio.base-url", fakes == null ? "<twilio stand-in>" : fakes.twilioUrl());
		settings.put("spring.mail.host", "127.0.0.1");
		settings.put("spring.mail.port", fakes == null ? "<smtp stand-in>" : Integer.toString(fakes.smtpPort()));
		settings.put("booking.notifications.email.from", "bookings@bench.test");
		// Calls in flight per channel, each on a thread of its own: by Little's law, at the
		// stand-ins' 2.5 s a call, 300 calls carry 120 messages a second per channel, some 50
		// bookings a second of this load.
		settings.put("booking.notifications.max-in-flight.sms", "300");
		settings.put("booking.notifications.max-in-flight.whatsapp", "300");
		settings.put("booking.notifications.max-in-flight.email", "300");
		settings.put("booking.payments.razorpay.key-id", "rzp_test_bench");
		settings.put("booking.payments.razorpay.key-secret", KEY_SECRET);
		settings.put("booking.payments.razorpay.webhook-secret", WEBHOOK_SECRET);
		settings.put("booking.payments.razorpay.base-url", fakes == null ? "<razorpay stand-in>" : fakes.razorpayUrl());
		if (name.equals("inline")) {
			settings.put(SEND_INLINE, "true");
		}
		return settings;
	}

	private static Results.Startup startup(Service service) throws IOException {
		return new Results.Startup(service.startup(), service.reportedStartup());
	}

	private void log(String message) {
		System.out.println("[" + name + "] " + message);
	}

	/**
	 * CPU seconds used so far by the service's JVM, its PostgreSQL, the stand-ins, the
	 * children this JVM has reaped (Gatling, once it has ended) and the whole machine.
	 */
	record Cpu(long time, double service, double postgres, double fakes, double reaped, double machine) {

		static Cpu read(Service service, Path postgresData, Fakes fakes) {
			return new Cpu(System.currentTimeMillis(), ProcessCpu.ownSeconds(service.handle()),
					ProcessCpu.postgresSeconds(postgresData), ProcessCpu.seconds(fakes.handle()),
					ProcessCpu.reapedChildren(), ProcessCpu.machineBusy());
		}

	}

}
