package com.bookingservice.notification;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.bookingservice.ApiTest;
import com.bookingservice.support.Masking;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Without providers, as in the plain test set-up, every message is written to the log with its
 * address masked, and recorded as logged rather than dropped.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnconfiguredNotificationTests extends ApiTest {

	@Test
	void withoutProvidersEachMessageIsLoggedWithItsAddressMasked(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(DeliveryWorker.class.getName(), LogLevel.INFO);
		try {
			String phone = NotificationTest.freshNumber();
			String email = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
			Customer customer = registerCustomer();
			var booked = api.post("/bookings", customer.token(), Map.of("service_id", createService(3), "starts_at",
					slot(2, 11).toString(), "contact", Map.of("phone", phone, "whatsapp", phone, "email", email)));
			assertThat(booked.status()).as(booked.body()).isEqualTo(201);

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api
				.get("/bookings/" + booked.text("id"), adminToken())
				.json()
				.path("notifications")
				.valueStream()
				.map(node -> node.path("status").asString())).containsExactlyInAnyOrder("logged", "logged", "logged"));
			assertThat(output).contains("is logged instead", Masking.phone(phone), Masking.email(email),
					booked.text("id"));
			assertThat(output).doesNotContain(phone).doesNotContain(email);
		}
		finally {
			logging.setLogLevel(DeliveryWorker.class.getName(), null);
		}
	}

}
