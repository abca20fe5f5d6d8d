package com.bookingservice.payment;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hold that runs out frees its slot; a payment that arrives later confirms the booking if
 * the slot is still free, and is refunded in full if it is not.
 */
class PaymentAfterExpiryTests extends PaymentTest {

	@Test
	void anUnpaidHoldExpiresAndFreesItsSlot() {
		Booked booked = bookOnline();

		expire(booked);

		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("pending");
		assertThat(book(registerCustomer().token(), booked.serviceId(), booked.startsAt()).status()).isEqualTo(201);
	}

	@Test
	void aPaymentAfterTheHoldRanOutConfirmsTheBookingWhileTheSlotIsFree() {
		Booked booked = bookOnline();
		expire(booked);

		var response = verify(booked, newId("pay_"));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(status(booked.id())).isEqualTo("confirmed");
		assertThat(events.confirmations(booked.id())).isOne();
	}

	@Test
	void aPaymentAfterTheSlotWasTakenIsRefundedInFullAndTheBookingStaysExpired() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		expire(booked);
		bookOk(registerCustomer().token(), booked.serviceId(), booked.startsAt());

		var response = verify(booked, paymentId);

		assertThat(response.status()).as(response.body()).isEqualTo(409);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("detail")).contains("the slot was taken after the hold expired", "refunded in full");
		awaitPayment(booked.id(), "refunded");
		assertThat(status(booked.id())).isEqualTo("expired");
		assertRefundedInFull(booked, paymentId, "the slot was taken after the hold expired");

		var repeat = verify(booked, paymentId);

		assertThat(repeat.status()).isEqualTo(409);
		assertThat(refundsOf(paymentId)).hasSize(1);
		assertThat(events.confirmations(booked.id())).isZero();
	}

	@Test
	void aCaptureReportedAfterTheSlotWasTakenIsRefundedToo() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");
		expire(booked);
		bookOk(registerCustomer().token(), booked.serviceId(), booked.startsAt());

		var response = webhook(newId("evt_"), captured(booked, paymentId));

		assertThat(response.status()).isEqualTo(200);
		awaitPayment(booked.id(), "refunded");
		assertThat(status(booked.id())).isEqualTo("expired");
		assertRefundedInFull(booked, paymentId, "the slot was taken after the hold expired");
	}

	private void assertRefundedInFull(Booked booked, String paymentId, String reason) {
		List<LoggedRequest> refunds = refundsOf(paymentId);
		assertThat(refunds).hasSize(1);
		JsonNode request = json.readTree(refunds.getFirst().getBodyAsString());
		assertThat(request.path("amount").asLong()).isEqualTo(booked.amount());
		assertThat(request.path("notes").path("booking_id").asString()).isEqualTo(booked.id());

		JsonNode payment = payment(booked.id());
		assertThat(payment.path("refund_id").asString()).startsWith("rfnd_");
		assertThat(payment.path("refund_reason").asString()).isEqualTo(reason);
		assertThat(events.refunds(booked.id())).singleElement().satisfies(refunded -> {
			assertThat(refunded.reason()).isEqualTo(reason);
			assertThat(refunded.amount()).isEqualTo(booked.amount());
			assertThat(refunded.refundId()).isEqualTo(payment.path("refund_id").asString());
		});
	}

}
