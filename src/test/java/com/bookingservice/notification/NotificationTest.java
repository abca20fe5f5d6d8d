package com.bookingservice.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

import com.bookingservice.ApiTest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the tests of notifications sent to real protocol peers on loopback: WireMock plays
 * Twilio's Messages API and GreenMail an SMTP server. Both live as long as the test JVM, so that
 * every subclass shares one application context.
 */
abstract class NotificationTest extends ApiTest {

	static final String ACCOUNT_SID = "AC00000000000000000000000000000001";

	static final String AUTH_TOKEN = "twilio-auth-token-for-tests";

	static final String SMS_FROM = "+15005550006";

	static final String WHATSAPP_FROM = "+14155238886";

	static final String EMAIL_FROM = "bookings@example.com";

	static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static final WireMockServer TWILIO = new WireMockServer(options().dynamicPort());

	static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		TWILIO.start();
		TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).atPriority(10)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("""
						{"sid": "SM00000000000000000000000000000042", "account_sid": "%s", "status": "queued",
						 "api_version": "2010-04-01", "direction": "outbound-api", "num_segments": "1",
						 "date_created": "Thu, 03 Dec 2026 10:00:00 +0000", "date_sent": null,
						 "price": null, "price_unit": "USD", "error_code": null, "error_message": null}"""
					.formatted(ACCOUNT_SID))));
		MAIL.start();
	}

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		providerProperties("test-instance-a").forEach((name, value) -> registry.add(name, () -> value));
	}

	/**
	 * The settings of an instance that talks to the stand-ins, with short pauses and leases so
	 * that retries and recovery happen within a test.
	 */
	static Map<String, Object> providerProperties(String instanceId) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("booking.notifications.instance-id", instanceId);
		properties.put("booking.notifications.twilio.account-sid", ACCOUNT_SID);
		properties.put("booking.notifications.twilio.auth-token", AUTH_TOKEN);
		properties.put("booking.notifications.twilio.sms-from", SMS_FROM);
		properties.put("booking.notifications.twilio.whatsapp-from", WHATSAPP_FROM);
		properties.put("booking.notifications.twilio.base-url", TWILIO.baseUrl());
		properties.put("booking.notifications.twilio.connect-timeout", "1s");
		properties.put("booking.notifications.twilio.read-timeout", "2s");
		properties.put("booking.notifications.email.from", EMAIL_FROM);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", MAIL.getSmtp().getPort());
		properties.put("spring.mail.properties.mail.smtp.connectiontimeout", "1000");
		properties.put("spring.mail.properties.mail.smtp.timeout", "2000");
		properties.put("spring.mail.properties.mail.smtp.writetimeout", "2000");
		properties.put("booking.notifications.retry.max-attempts", "4");
		properties.put("booking.notifications.retry.initial-interval", "100ms");
		properties.put("booking.notifications.retry.max-interval", "400ms");
		properties.put("booking.notifications.retry.randomization", "0.2");
		properties.put("booking.notifications.lease", "8s");
		properties.put("booking.notifications.recovery-interval", "200ms");
		return properties;
	}

	/**
	 * A contact that no other test uses, so that what the stand-ins receive can be told apart.
	 */
	static Map<String, String> freshContact() {
		return Map.of("phone", freshNumber(), "whatsapp", freshNumber(), "email",
				"guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
	}

	static String freshNumber() {
		return "+9170" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
	}

	/**
	 * Books a slot of a new service, with the given contact, and answers the booking's id.
	 */
	protected String bookWith(Map<String, String> contact) {
		Customer customer = registerCustomer();
		String service = createService(5);
		var response = api.post("/bookings", customer.token(),
				Map.of("service_id", service, "starts_at", slot(3, 10).toString(), "contact", contact));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.text("id");
	}

	/**
	 * A booking's deliveries, as staff read them with the booking.
	 */
	protected List<JsonNode> deliveries(String bookingId) {
		var response = api.get("/bookings/" + bookingId, adminToken());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().path("notifications").valueStream().toList();
	}

	protected JsonNode delivery(String bookingId, String event, String channel) {
		return deliveries(bookingId).stream()
			.filter(node -> node.path("event").asString().equals(event))
			.filter(node -> node.path("channel").asString().equals(channel))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + event + " " + channel + " delivery of " + bookingId));
	}

	protected void awaitStatus(String bookingId, String event, String channel, String status) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(delivery(bookingId, event, channel).path("status").asString())
				.isEqualTo(status));
	}

	/**
	 * The requests the Twilio stand-in received for messages to this address.
	 */
	static List<LoggedRequest> messagesTo(String to) {
		return TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES_PATH))
			.withBasicAuth(new BasicCredentials(ACCOUNT_SID, AUTH_TOKEN))
			.withFormParam("To", equalTo(to)));
	}

	static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(mail -> isTo(mail, address)).toList();
	}

	private static boolean isTo(MimeMessage mail, String address) {
		try {
			Address[] recipients = mail.getAllRecipients();
			return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equals(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
