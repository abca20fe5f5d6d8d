package com.bookingservice.notification;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;

import com.bookingservice.Api;
import com.bookingservice.BookingServiceApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * More instances of the service on the database of this test's instance: they share the
 * deliveries without sending any twice, and none lets a hanging provider hold up a request.
 */
class MultipleInstanceTests extends NotificationTest {

	private static final Duration PROVIDER_DELAY = Duration.ofSeconds(5);

	@Autowired
	private JdbcConnectionDetails database;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void twoInstancesOnOneDatabaseSendEachMessageOnce() {
		try (ConfigurableApplicationContext second = startInstance(providerProperties("test-instance-b"))) {
			Api secondApi = new Api(port(second), json);
			List<Map<String, String>> contacts = new ArrayList<>();
			List<String> bookings = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				Map<String, String> contact = freshContact();
				contacts.add(contact);
				bookings.add(bookWith(i % 2 == 0 ? api : secondApi, contact));
			}

			bookings.forEach(booking -> owe(booking, "completed"));

			for (String booking : bookings) {
				for (String channel : List.of("sms", "whatsapp", "email")) {
					awaitStatus(booking, "received", channel, "sent");
					awaitStatus(booking, "completed", channel, "sent");
				}
			}
			for (Map<String, String> contact : contacts) {
				assertThat(messagesTo(contact.get("phone"))).hasSize(2);
				assertThat(messagesTo("whatsapp:" + contact.get("whatsapp"))).hasSize(2);
				assertThat(mailsTo(contact.get("email"))).hasSize(2);
			}
			assertThat(bookings).allSatisfy(booking -> assertThat(deliveries(booking))
				.allSatisfy(delivery -> assertThat(delivery.path("attempts").asInt()).isEqualTo(1)));
		}
	}

	@Test
	void answersWhileEveryProviderHangs() throws Exception {
		WireMockServer hangingTwilio = new WireMockServer(options().dynamicPort());
		hangingTwilio.start();
		hangingTwilio.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)
			.withFixedDelay((int) PROVIDER_DELAY.toMillis())));
		ServerSocket silentSmtp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		ConfigurableApplicationContext hanging = startInstance(hangingProviders(hangingTwilio, silentSmtp));
		try {
			Api hangingApi = new Api(port(hanging), json);
			Customer customer = registerCustomer();
			String service = createService(5);
			assertThat(hangingApi.get("/services/" + service, customer.token()).status()).isEqualTo(200);

			long started = System.nanoTime();
			var booked = hangingApi.post("/bookings", customer.token(),
					Map.of("service_id", service, "starts_at", slot(3, 10).toString(), "contact", freshContact()));
			Duration took = Duration.ofNanos(System.nanoTime() - started);

			assertThat(booked.status()).as(booked.body()).isEqualTo(201);
			assertThat(took).isLessThan(PROVIDER_DELAY.dividedBy(2));
			var read = hangingApi.get("/bookings/" + booked.text("id"), adminToken());
			assertThat(read.json().path("notifications").valueStream().map(node -> node.path("status").asString()))
				.containsOnly("pending");
		}
		finally {
			hangingTwilio.stop();
			silentSmtp.close();
			hanging.close();
		}
	}

	/**
	 * Providers that take the connection and then keep the instance waiting: Twilio answers
	 * only after a long delay, and the mail server never says a word.
	 */
	private static Map<String, Object> hangingProviders(WireMockServer twilio, ServerSocket smtp) {
		Map<String, Object> properties = providerProperties("test-instance-hanging");
		properties.put("booking.notifications.twilio.base-url", twilio.baseUrl());
		properties.put("booking.notifications.twilio.read-timeout", "10s");
		properties.put("booking.notifications.lease", "15s");
		properties.put("booking.notifications.recovery-interval", "1h");
		properties.put("spring.mail.port", smtp.getLocalPort());
		properties.put("spring.mail.properties.mail.smtp.timeout", "10000");
		return properties;
	}

	/**
	 * Starts another instance of the service on this test's database. Settings are given as
	 * command-line arguments, which win over the application's property files.
	 */
	private ConfigurableApplicationContext startInstance(Map<String, Object> settings) {
		Map<String, Object> all = new LinkedHashMap<>(settings);
		all.put("spring.datasource.url", database.getJdbcUrl());
		all.put("spring.datasource.username", database.getUsername());
		all.put("spring.datasource.password", database.getPassword());
		all.put("server.port", 0);
		String[] arguments = all.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(BookingServiceApplication.class).profiles("test").run(arguments);
	}

	private static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	private String bookWith(Api through, Map<String, String> contact) {
		Customer customer = registerCustomer();
		String service = createService(5);
		var response = through.post("/bookings", customer.token(),
				Map.of("service_id", service, "starts_at", slot(3, 10).toString(), "contact", contact));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.text("id");
	}

	/**
	 * Writes due deliveries of an event on every channel straight into the ledger, so that the
	 * recovery jobs of both instances race for them.
	 */
	private void owe(String booking, String event) {
		for (String channel : List.of("sms", "whatsapp", "email")) {
			jdbc.sql("""
					insert into notification_deliveries
					    (id, booking_id, event, channel, status, next_attempt_at, created_at, updated_at)
					values (:id, :booking, :event, :channel, 'pending', now(), now(), now())""")
				.param("id", UUID.randomUUID())
				.param("booking", UUID.fromString(booking))
				.param("event", event)
				.param("channel", channel)
				.update();
		}
	}

}
