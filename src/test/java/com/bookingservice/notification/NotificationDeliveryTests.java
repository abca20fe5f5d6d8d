package com.bookingservice.notification;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Booking events reach customers through the providers' real protocols: Twilio's Messages API
 * as its SDK calls it, and SMTP.
 */
class NotificationDeliveryTests extends NotificationTest {

	@Test
	void aNewBookingIsAnnouncedBySmsWhatsAppAndEmail() throws Exception {
		Map<String, String> contact = freshContact();
		String booking = bookWith(contact);

		awaitStatus(booking, "received", "sms", "sent");
		awaitStatus(booking, "received", "whatsapp", "sent");
		awaitStatus(booking, "received", "email", "sent");

		List<LoggedRequest> sms = messagesTo(contact.get("phone"));
		assertThat(sms).hasSize(1);
		assertThat(sms.getFirst().getUrl()).isEqualTo(MESSAGES_PATH);
		assertThat(sms.getFirst().getHeader("Authorization")).isEqualTo("Basic "
				+ Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes()));
		assertThat(sms.getFirst().formParameter("From").firstValue()).isEqualTo(SMS_FROM);
		assertThat(sms.getFirst().formParameter("Body").firstValue()).startsWith("Haircut: ")
			.contains(booking)
			.contains(slot(3, 10).toLocalDate().getDayOfMonth() + " ")
			.contains("at 10:00 (UTC+05:30)");

		List<LoggedRequest> whatsapp = messagesTo("whatsapp:" + contact.get("whatsapp"));
		assertThat(whatsapp).hasSize(1);
		assertThat(whatsapp.getFirst().formParameter("From").firstValue()).isEqualTo("whatsapp:" + WHATSAPP_FROM);

		List<MimeMessage> mails = mailsTo(contact.get("email"));
		assertThat(mails).hasSize(1);
		JsonNode email = delivery(booking, "received", "email");
		assertThat(mails.getFirst().getMessageID())
			.isEqualTo("<delivery-" + email.path("id").asString().replace("-", "") + "@booking-service>")
			.isEqualTo(email.path("provider_message_id").asString());
		assertThat(mails.getFirst().getFrom()[0].toString()).isEqualTo(EMAIL_FROM);
		assertThat(mails.getFirst().getSubject()).contains("Haircut", "received");
		assertTextAndHtmlParts(mails.getFirst(), booking);
	}

	@Test
	void showsEachDeliveryWithTheBooking() {
		String booking = bookWith(freshContact());

		awaitStatus(booking, "received", "sms", "sent");

		JsonNode sms = delivery(booking, "received", "sms");
		assertThat(sms.path("attempts").asInt()).isEqualTo(1);
		assertThat(sms.path("provider_message_id").asString()).isEqualTo("SM00000000000000000000000000000042");
		assertThat(sms.path("sent_at").asString()).isNotBlank();
		assertThat(sms.path("last_error").isNull()).isTrue();
		assertThat(deliveries(booking)).extracting(node -> node.path("channel").asString())
			.containsExactlyInAnyOrder("sms", "whatsapp", "email");
	}

	@Test
	void aConfirmationNamesTheAmountInRupees() {
		Map<String, String> contact = freshContact();
		String booking = bookWith(contact);

		assertThat(api.put("/bookings/" + booking + "/confirm", adminToken()).status()).isEqualTo(200);

		awaitStatus(booking, "confirmed", "sms", "sent");
		assertThat(messagesTo(contact.get("phone"))).extracting(request -> request.formParameter("Body").firstValue())
			.anySatisfy(body -> assertThat(body).contains("is confirmed", booking, "Amount: ₹500.00."))
			.filteredOn(body -> body.contains("received"))
			.singleElement()
			.satisfies(body -> assertThat(body).doesNotContain("₹"));
	}

	@Test
	void aChannelWithoutAnAddressIsSkipped() {
		Map<String, String> contact = Map.of("phone", freshNumber(), "email", "");
		String booking = bookWith(contact);

		awaitStatus(booking, "received", "sms", "sent");
		assertThat(delivery(booking, "received", "email").path("status").asString()).isEqualTo("skipped");
		assertThat(delivery(booking, "received", "email").path("attempts").asInt()).isZero();
	}

	@Test
	void aPassingFailureIsRetriedUntilTheProviderTakesTheMessage() {
		Map<String, String> contact = freshContact();
		String scenario = "outage-" + contact.get("phone");
		TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).atPriority(1)
			.withFormParam("To", equalTo(contact.get("phone")))
			.inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));

		String booking = bookWith(contact);

		awaitStatus(booking, "received", "sms", "sent");
		JsonNode sms = delivery(booking, "received", "sms");
		assertThat(sms.path("attempts").asInt()).isEqualTo(2);
		assertThat(sms.path("last_error").isNull()).isTrue();
		assertThat(messagesTo(contact.get("phone"))).hasSize(2);
	}

	@Test
	void anInvalidNumberFailsAtOnceWithoutRetries() {
		Map<String, String> contact = freshContact();
		TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).atPriority(1)
			.withFormParam("To", equalTo(contact.get("phone")))
			.willReturn(invalidNumber(contact.get("phone"))));

		String booking = bookWith(contact);

		awaitStatus(booking, "received", "sms", "failed");
		JsonNode sms = delivery(booking, "received", "sms");
		assertThat(sms.path("attempts").asInt()).isEqualTo(1);
		assertThat(sms.path("last_error").asString()).contains("400", "21211")
			.doesNotContain(contact.get("phone"));
		assertThat(messagesTo(contact.get("phone"))).hasSize(1);
	}

	@Test
	void aDeliveryThatKeepsFailingIsGivenUpAfterTheLastTry() {
		Map<String, String> contact = freshContact();
		TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).atPriority(1)
			.withFormParam("To", equalTo(contact.get("phone")))
			.willReturn(aResponse().withStatus(429)));

		String booking = bookWith(contact);

		awaitStatus(booking, "received", "sms", "failed");
		assertThat(delivery(booking, "received", "sms").path("attempts").asInt()).isEqualTo(4);
		assertThat(delivery(booking, "received", "sms").path("last_error").asString()).contains("Twilio answered 429");
		await().during(Duration.ofSeconds(1)).atMost(PATIENCE)
			.untilAsserted(() -> assertThat(messagesTo(contact.get("phone"))).hasSize(4));
	}

	static ResponseDefinitionBuilder invalidNumber(String number) {
		return aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"code": 21211, "message": "The 'To' number %s is not a valid phone number.",
					 "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}""".formatted(number));
	}

	private static void assertTextAndHtmlParts(MimeMessage mail, String booking) throws Exception {
		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		BodyPart text = parts.getBodyPart(0);
		BodyPart html = parts.getBodyPart(1);
		assertThat(text.getContentType()).startsWith("text/plain");
		assertThat((String) text.getContent()).contains(booking);
		assertThat(html.getContentType()).startsWith("text/html");
		assertThat((String) html.getContent()).contains("<html", booking);
	}

}
