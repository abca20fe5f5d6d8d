package com.bookingservice.notification;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.Test;

import com.bookingservice.Api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff give a failed delivery another round of tries over HTTP.
 */
class DeliveryRetryApiTests extends NotificationTest {

	@Test
	void staffRetryAFailedDeliveryAndItIsSent() {
		Map<String, String> contact = freshContact();
		StubMapping refusal = TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).atPriority(1)
			.withFormParam("To", equalTo(contact.get("phone")))
			.willReturn(NotificationDeliveryTests.invalidNumber(contact.get("phone"))));
		String booking = bookWith(contact);
		awaitStatus(booking, "received", "sms", "failed");
		String sms = delivery(booking, "received", "sms").path("id").asString();
		TWILIO.removeStub(refusal);

		Api.Response retried = retry(booking, sms, adminToken());

		assertThat(retried.status()).as(retried.body()).isEqualTo(200);
		assertThat(retried.text("id")).isEqualTo(sms);
		assertThat(retried.text("status")).isEqualTo("pending");
		assertThat(retried.json().path("attempts").asInt()).isZero();
		awaitStatus(booking, "received", "sms", "sent");
		assertThat(delivery(booking, "received", "sms").path("attempts").asInt()).isEqualTo(1);
		assertThat(messagesTo(contact.get("phone"))).hasSize(2);
	}

	@Test
	void onlyAFailedDeliveryCanBeRetried() {
		String booking = bookWith(freshContact());
		awaitStatus(booking, "received", "email", "sent");
		String email = delivery(booking, "received", "email").path("id").asString();

		Api.Response retried = retry(booking, email, adminToken());

		assertThat(retried.status()).isEqualTo(409);
		assertThat(retried.contentType()).startsWith("application/problem+json");
		assertThat(retried.text("detail")).contains("sent");
	}

	@Test
	void anUnknownDeliveryIsNotFound() {
		String booking = bookWith(freshContact());
		String sms = delivery(booking, "received", "sms").path("id").asString();

		assertThat(retry(booking, UUID.randomUUID().toString(), adminToken()).status()).isEqualTo(404);
		assertThat(retry(UUID.randomUUID().toString(), sms, adminToken()).status()).isEqualTo(404);
	}

	@Test
	void onlyStaffMayRetryDeliveries() {
		String booking = bookWith(freshContact());
		String sms = delivery(booking, "received", "sms").path("id").asString();

		assertThat(retry(booking, sms, registerCustomer().token()).status()).isEqualTo(403);
		assertThat(retry(booking, sms, null).status()).isEqualTo(401);
	}

	private Api.Response retry(String booking, String delivery, String token) {
		return api.call("POST", "/bookings/" + booking + "/notifications/" + delivery + "/retry").token(token).send();
	}

}
