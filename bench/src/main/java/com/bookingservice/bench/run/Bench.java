package com.bookingservice.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Runs the benchmark; see bench/run.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Files.createDirectories(options.work());
		try (Children children = new Children(options.pidFile())) {
			Path dir = options.work().resolve("dev");
			Fakes fakes = Fakes.start(children, options.java(), dir.resolve("fakes"));
			Map<String, String> props = new LinkedHashMap<>();
			props.put("booking.admin.password", "bench-admin-password");
			props.put("booking.token.secret", "bench-token-secret-that-is-long-enough-0123456789");
			props.put("booking.token.ttl", "PT12H");
			props.put("booking.notifications.twilio.account-sid", "ACbench");
			props.put("booking.notifications.twilio.auth-token", "bench");
			props.put("booking.notifications.twilio.sms-from", "+15005550006");
			props.put("booking.notifications.twilio.whatsapp-from", "+14155238886");
			props.put("booking.notifications.twilio.base-url", fakes.twilioUrl());
			props.put("spring.mail.host", "127.0.0.1");
			props.put("spring.mail.port", "" + fakes.smtpPort());
			props.put("booking.notifications.email.from", "bookings@bench.test");
			Service service = Service.start(children, options.java(), options.serviceJar(), dir.resolve("service"), props, false);
			System.out.println("started in " + service.startup());
			Seeder.Seeded seeded = Seeder.seed(service.api(), "bench-admin-password", 10, 20, dir.resolve("seed.json"));
			System.out.println("seeded " + seeded.customers());
			Properties plan = new Properties();
			plan.setProperty("base-url", service.api().baseUrl());
			plan.setProperty("control-url", fakes.controlUrl());
			plan.setProperty("seed-file", dir.resolve("seed.json").toString());
			plan.setProperty("events-file", dir.resolve("events.csv").toString());
			plan.setProperty("payments", "false");
			plan.setProperty("levels", "2,4");
			plan.setProperty("level-seconds", "8");
			plan.setProperty("named-levels", "true");
			plan.setProperty("max-users-in-flight", "1000");
			Path report = Gatling.run(children, options, plan, dir.resolve("probe"));
			System.out.println("report " + report);
		}
	}

}
