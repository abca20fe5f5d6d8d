package com.bookingservice.payment;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A paid booking that is cancelled is refunded in full through the SDK, and a refund that
 * fails is shown with the booking and tried again until Razorpay takes it.
 */
class RefundTests extends PaymentTest {

	@Test
	void cancellingAPaidBookingRefundsItInFull() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		verify(booked, paymentId);

		var cancelled = api.put("/bookings/" + booked.id() + "/cancel", booked.customer().token());

		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		awaitPayment(booked.id(), "refunded");
		assertThat(refundsOf(paymentId)).singleElement()
			.satisfies(request -> assertThat(json.readTree(request.getBodyAsString()).path("amount").asLong())
				.isEqualTo(booked.amount()));
		JsonNode payment = payment(booked.id());
		assertThat(payment.path("refund_id").asString()).startsWith("rfnd_");
		assertThat(payment.path("refund_status").asString()).isEqualTo("processed");
		assertThat(payment.path("refund_reason").asString()).isEqualTo("the booking was cancelled");
		assertThat(payment.path("refund_attempts").asInt()).isOne();
		assertThat(events.refunds(booked.id())).hasSize(1);
		assertThat(status(booked.id())).isEqualTo("cancelled");
		var notifications = api.get("/bookings/" + booked.id(), booked.customer().token()).json().path("notifications");
		assertThat(notifications.valueStream().filter(notice -> notice.path("event").asString().equals("refunded")))
			.isNotEmpty();
	}

	@Test
	void aFailedRefundCallIsShownAndTriedAgain() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		String refundPath = "/v1/payments/" + paymentId + "/refund";
		RAZORPAY.stubFor(post(urlEqualTo(refundPath)).inScenario(paymentId).whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": {\"code\": \"SERVER_ERROR\", \"description\": \"Try again later.\"}}"))
			.willSetStateTo("answering"));
		RAZORPAY.stubFor(post(urlEqualTo(refundPath)).inScenario(paymentId).whenScenarioStateIs("answering")
			.willReturn(answer("""
					{"id": "rfnd_retried000001", "entity": "refund", "amount": %d, "currency": "INR",
					 "payment_id": "%s", "status": "pending"}""".formatted(booked.amount(), paymentId))));
		verify(booked, paymentId);

		api.put("/bookings/" + booked.id() + "/cancel", booked.customer().token());

		awaitPayment(booked.id(), "refunded");
		JsonNode payment = payment(booked.id());
		assertThat(payment.path("refund_id").asString()).isEqualTo("rfnd_retried000001");
		assertThat(payment.path("refund_status").asString()).isEqualTo("pending");
		assertThat(payment.path("refund_attempts").asInt()).isEqualTo(2);
		assertThat(payment.path("refund_error").isNull()).isTrue();
		assertThat(refundsOf(paymentId)).hasSize(2);
		assertThat(RAZORPAY.findAll(getRequestedFor(urlEqualTo("/v1/payments/" + paymentId + "/refunds"))))
			.hasSize(1);
	}

	@Test
	void aRefundCallThatKeepsFailingIsShownWithTheBookingUntilItSucceeds() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		StubMapping failing = RAZORPAY.stubFor(post(urlEqualTo("/v1/payments/" + paymentId + "/refund"))
			.willReturn(aResponse().withStatus(502).withBody("Bad gateway")));
		verify(booked, paymentId);

		api.put("/bookings/" + booked.id() + "/cancel", booked.customer().token());

		eventually(() -> assertThat(payment(booked.id()).path("refund_attempts").asInt()).isGreaterThanOrEqualTo(2));
		JsonNode pending = payment(booked.id());
		assertThat(pending.path("status").asString()).isEqualTo("refund_pending");
		assertThat(pending.path("refund_error").asString()).contains("502");

		RAZORPAY.removeStub(failing);

		awaitPayment(booked.id(), "refunded");
		assertThat(payment(booked.id()).path("refund_error").isNull()).isTrue();
	}

	@Test
	void aRefundThatFailsAtRazorpayIsIssuedAgain() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		verify(booked, paymentId);
		api.put("/bookings/" + booked.id() + "/cancel", booked.customer().token());
		awaitPayment(booked.id(), "refunded");
		String first = payment(booked.id()).path("refund_id").asString();

		var response = webhook(newId("evt_"), refundEvent("refund.failed", first, paymentId, booked.amount(),
				"failed"));

		assertThat(response.status()).isEqualTo(200);
		eventually(() -> assertThat(payment(booked.id()).path("refund_id").asString()).isNotEqualTo(first));
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("refunded");
		assertThat(refundsOf(paymentId)).hasSize(2);
	}

	@Test
	void aPaymentForABookingCancelledBeforeItArrivedIsRefunded() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		api.put("/bookings/" + booked.id() + "/cancel", booked.customer().token());

		webhook(newId("evt_"), captured(booked, paymentId));

		awaitPayment(booked.id(), "refunded");
		assertThat(payment(booked.id()).path("refund_reason").asString())
			.isEqualTo("the booking was cancelled before the payment arrived");
		assertThat(refundsOf(paymentId)).hasSize(1);
		assertThat(status(booked.id())).isEqualTo("cancelled");
	}

	@Test
	void cancellingAnUnpaidBookingRefundsNothing() {
		Booked booked = bookOnline();

		api.put("/bookings/" + booked.id() + "/cancel", booked.customer().token());

		assertThat(status(booked.id())).isEqualTo("cancelled");
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("pending");
	}

	private static void eventually(ThrowingRunnable assertion) {
		await().atMost(PATIENCE).untilAsserted(assertion);
	}

}
