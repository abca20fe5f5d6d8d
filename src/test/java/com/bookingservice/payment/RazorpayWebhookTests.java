package com.bookingservice.payment;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Razorpay's signed webhooks settle payments on their own, each event once, however late, often
 * or out of order they come.
 */
class RazorpayWebhookTests extends PaymentTest {

	@Test
	void aCapturedPaymentConfirmsTheBookingWithoutTheApp() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");

		var response = webhook(newId("evt_"), captured(booked, paymentId));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(status(booked.id())).isEqualTo("confirmed");
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("paid");
		assertThat(payment(booked.id()).path("payment_id").asString()).isEqualTo(paymentId);
		assertThat(events.confirmations(booked.id())).isOne();
	}

	@Test
	void aPaidOrderConfirmsTheBooking() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		String body = """
				{"entity": "event", "account_id": "acc_00000000000001", "event": "order.paid",
				 "contains": ["payment", "order"], "payload": {
				 "payment": {"entity": {"id": "%s", "entity": "payment", "amount": %d, "currency": "INR",
				  "status": "captured", "order_id": "%s", "captured": true}},
				 "order": {"entity": {"id": "%s", "entity": "order", "amount": %d, "amount_paid": %d,
				  "currency": "INR", "receipt": "%s", "status": "paid"}}}, "created_at": 1767225600}"""
			.formatted(paymentId, booked.amount(), booked.orderId(), booked.orderId(), booked.amount(),
					booked.amount(), booked.id());

		var response = webhook(newId("evt_"), body);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(status(booked.id())).isEqualTo("confirmed");
		assertThat(payment(booked.id()).path("payment_id").asString()).isEqualTo(paymentId);
	}

	@Test
	void aSignatureNotMadeWithTheWebhookSecretChangesNothing() {
		Booked booked = bookOnline();
		String body = captured(booked, newId("pay_"));

		var forged = webhook(newId("evt_"), body, sign(body, "not-the-webhook-secret"));
		var unsigned = webhook(newId("evt_"), body, null);
		var altered = webhook(newId("evt_"), body.replace("\"upi\"", "\"card\""), sign(body, WEBHOOK_SECRET));

		assertThat(forged.status()).isEqualTo(400);
		assertThat(unsigned.status()).isEqualTo(400);
		assertThat(altered.status()).isEqualTo(400);
		assertThat(forged.contentType()).startsWith("application/problem+json");
		assertThat(status(booked.id())).isEqualTo("pending_payment");
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("pending");
	}

	@Test
	void aRepeatedEventIsAcknowledgedAndChangesNothing() {
		Booked booked = bookOnline();
		String eventId = newId("evt_");

		var first = webhook(eventId, failed(booked, newId("pay_"), "Card declined by the bank"));
		var repeat = webhook(eventId, failed(booked, newId("pay_"), "Another reason"));

		assertThat(first.status()).isEqualTo(200);
		assertThat(repeat.status()).isEqualTo(200);
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("failed");
		assertThat(payment(booked.id()).path("failure_reason").asString()).isEqualTo("Card declined by the bank");
	}

	@Test
	void aFailedTryLeavesTheHoldWaitingForAnotherTry() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");

		webhook(newId("evt_"), failed(booked, newId("pay_"), "Payment was cancelled by the customer"));

		JsonNode failed = payment(booked.id());
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("failure_reason").asString()).isEqualTo("Payment was cancelled by the customer");
		assertThat(status(booked.id())).isEqualTo("pending_payment");

		webhook(newId("evt_"), captured(booked, paymentId));

		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("paid");
		assertThat(status(booked.id())).isEqualTo("confirmed");
	}

	@Test
	void aFailureReportedAfterTheCaptureChangesNothing() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");

		webhook(newId("evt_"), captured(booked, paymentId));
		var late = webhook(newId("evt_"), failed(booked, newId("pay_"), "Payment failed"));

		assertThat(late.status()).isEqualTo(200);
		JsonNode payment = payment(booked.id());
		assertThat(payment.path("status").asString()).isEqualTo("paid");
		assertThat(payment.path("payment_id").asString()).isEqualTo(paymentId);
		assertThat(payment.path("failure_reason").isNull()).isTrue();
		assertThat(status(booked.id())).isEqualTo("confirmed");
	}

	@Test
	void eventsOfOtherTypesAreAcknowledgedAndIgnored() {
		Booked booked = bookOnline();
		String body = paymentEvent("payment.authorized", booked.orderId(), newId("pay_"), booked.amount(),
				"authorized", null);

		var response = webhook(newId("evt_"), body);

		assertThat(response.status()).isEqualTo(200);
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("pending");
	}

	@Test
	void eventsOfOrdersThatNoBookingOpenedAreAcknowledged() {
		String body = paymentEvent("payment.captured", newId("order_"), newId("pay_"), 50_000, "captured", null);

		assertThat(webhook(newId("evt_"), body).status()).isEqualTo(200);
	}

	@Test
	void aSignedEventWithoutTheFieldsItNeedsIsRefusedAndMayComeAgain() {
		Booked booked = bookOnline();
		String eventId = newId("evt_");
		String orderField = "\"order_id\": \"" + booked.orderId() + "\", ";
		String incomplete = captured(booked, newId("pay_")).replace(orderField, "");

		var refused = webhook(eventId, incomplete);
		var again = webhook(eventId, captured(booked, newId("pay_")));

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(again.status()).isEqualTo(200);
		assertThat(status(booked.id())).isEqualTo("confirmed");
	}

	@Test
	void anEventThatCannotBeProcessedIsAnswered5xxAndLeavesNoTraceSoItMayComeAgain() {
		Booked booked = bookOnline();
		String eventId = newId("evt_");
		String tooLongForTheLedger = "pay_" + "x".repeat(100);

		var failed = webhook(eventId, captured(booked, tooLongForTheLedger));
		var redelivered = webhook(eventId, captured(booked, newId("pay_")));

		assertThat(failed.status()).as(failed.body()).isEqualTo(500);
		assertThat(failed.contentType()).startsWith("application/problem+json");
		assertThat(redelivered.status()).isEqualTo(200);
		assertThat(status(booked.id())).isEqualTo("confirmed");
		assertThat(events.confirmations(booked.id())).isOne();
	}

	@Test
	void aRefundMadeAtRazorpayIsShownWithTheBooking() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		String refundId = newId("rfnd_");
		webhook(newId("evt_"), captured(booked, paymentId));

		var response = webhook(newId("evt_"), refundEvent("refund.processed", refundId, paymentId, booked.amount(),
				"processed"));

		assertThat(response.status()).isEqualTo(200);
		JsonNode payment = payment(booked.id());
		assertThat(payment.path("status").asString()).isEqualTo("refunded");
		assertThat(payment.path("refund_id").asString()).isEqualTo(refundId);
		assertThat(payment.path("refund_status").asString()).isEqualTo("processed");
		assertThat(payment.path("refund_reason").asString()).isEqualTo("the payment was refunded at Razorpay");
	}

	@Test
	void aCaptureReportedAfterTheRefundChangesNothing() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		webhook(newId("evt_"), captured(booked, paymentId));
		webhook(newId("evt_"), refundEvent("refund.processed", newId("rfnd_"), paymentId, booked.amount(),
				"processed"));

		var late = webhook(newId("evt_"), captured(booked, paymentId));

		assertThat(late.status()).isEqualTo(200);
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("refunded");
		assertThat(events.confirmations(booked.id())).isOne();
	}

}
