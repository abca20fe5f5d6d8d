package com.bookingservice.payment;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Payments that nobody reported are found by asking Razorpay about their orders.
 */
class ReconciliationTests extends PaymentTest {

	@Test
	void findsACapturedPaymentWhoseWebhookNeverCame() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		RAZORPAY.stubFor(get(urlEqualTo(paymentsPath(booked))).willReturn(answer("""
				{"entity": "collection", "count": 2, "items": [
				 {"id": "%s", "entity": "payment", "amount": %d, "currency": "INR", "status": "failed",
				  "order_id": "%s", "captured": false},
				 {"id": "%s", "entity": "payment", "amount": %d, "currency": "INR", "status": "captured",
				  "order_id": "%s", "captured": true}]}""".formatted(newId("pay_"), booked.amount(), booked.orderId(),
				paymentId, booked.amount(), booked.orderId()))));

		clock.advance(Duration.ofMinutes(3));

		awaitStatus(booked.id(), "confirmed");
		assertThat(payment(booked.id()).path("payment_id").asString()).isEqualTo(paymentId);
		assertThat(events.confirmations(booked.id())).isOne();
	}

	@Test
	void asksAboutAnUnpaidOrderOnlyOnceItIsOldEnough() {
		Booked booked = bookOnline();

		assertThat(RAZORPAY.findAll(getRequestedFor(urlEqualTo(paymentsPath(booked))))).isEmpty();
		clock.advance(Duration.ofMinutes(3));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(RAZORPAY.findAll(getRequestedFor(urlEqualTo(paymentsPath(booked)))))
				.isNotEmpty());
		assertThat(status(booked.id())).isEqualTo("pending_payment");
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("pending");
	}

	private static String paymentsPath(Booked booked) {
		return "/v1/orders/" + booked.orderId() + "/payments";
	}

}
