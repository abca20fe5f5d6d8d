package com.bookingservice.notification;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries that an instance left behind, because it died in the middle of sending or
 * before it sent at all, are sent by whichever instance runs the recovery job next.
 */
class DeliveryRecoveryTests extends NotificationTest {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aDeliveryLeftInProgressByADeadInstanceIsSentOnceItsLeaseRunsOut() {
		Map<String, String> contact = freshContact();
		String booking = bookWith(contact);
		awaitStatus(booking, "received", "sms", "sent");

		leaveInProgress(booking, "confirmed", "sms", "dead-instance", "now() - interval '1 second'");

		awaitStatus(booking, "confirmed", "sms", "sent");
		assertThat(delivery(booking, "confirmed", "sms").path("attempts").asInt()).isEqualTo(2);
		assertThat(messagesTo(contact.get("phone"))).extracting(request -> request.formParameter("Body").firstValue())
			.filteredOn(body -> body.contains("is confirmed"))
			.hasSize(1);
	}

	@Test
	void aDeliveryHeldByALiveInstanceIsLeftToItUntilItsLeaseRunsOut() {
		Map<String, String> contact = freshContact();
		String booking = bookWith(contact);
		awaitStatus(booking, "received", "email", "sent");

		leaveInProgress(booking, "completed", "email", "busy-instance", "now() + interval '2 seconds'");

		await().during(Duration.ofMillis(1200)).atMost(PATIENCE)
			.until(() -> delivery(booking, "completed", "email").path("status").asString().equals("pending"));
		awaitStatus(booking, "completed", "email", "sent");
		assertThat(mailsTo(contact.get("email"))).hasSize(2);
	}

	@Test
	void aDeliveryWrittenJustBeforeAnInstanceStoppedIsSent() {
		Map<String, String> contact = freshContact();
		String booking = bookWith(contact);
		awaitStatus(booking, "received", "whatsapp", "sent");

		jdbc.sql("""
				insert into notification_deliveries
				    (id, booking_id, event, channel, status, next_attempt_at, created_at, updated_at)
				values (:id, :booking, 'cancelled', 'whatsapp', 'pending', now(), now(), now())""")
			.param("id", UUID.randomUUID())
			.param("booking", UUID.fromString(booking))
			.update();

		awaitStatus(booking, "cancelled", "whatsapp", "sent");
		JsonNode whatsapp = delivery(booking, "cancelled", "whatsapp");
		assertThat(whatsapp.path("attempts").asInt()).isEqualTo(1);
	}

	/**
	 * Writes a delivery as an instance leaves it while it is sending: pending, tried once, and
	 * claimed until the given time.
	 */
	private void leaveInProgress(String booking, String event, String channel, String instance, String until) {
		jdbc.sql("""
				insert into notification_deliveries
				    (id, booking_id, event, channel, status, attempts, next_attempt_at,
				     claimed_by, claim_token, claimed_until, created_at, updated_at)
				values (:id, :booking, :event, :channel, 'pending', 1, now() - interval '1 minute',
				        :instance, :token, %s, now(), now())""".formatted(until))
			.param("id", UUID.randomUUID())
			.param("booking", UUID.fromString(booking))
			.param("event", event)
			.param("channel", channel)
			.param("instance", instance)
			.param("token", UUID.randomUUID())
			.update();
	}

}
