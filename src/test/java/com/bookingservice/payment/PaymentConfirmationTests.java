package com.bookingservice.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.bookingservice.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout's signed confirmation confirms the booking once, and only when Razorpay signed it for
 * an order of a booking the caller may see.
 */
class PaymentConfirmationTests extends PaymentTest {

	@Test
	void aSignedPaymentConfirmsTheBooking() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");

		var response = verify(booked, paymentId);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.text("id")).isEqualTo(booked.id());
		assertThat(response.text("status")).isEqualTo("confirmed");
		assertThat(response.text("customer_id")).isEqualTo(booked.customer().id().toString());
		assertThat(response.text("updated_at")).isNotBlank();
		assertThat(response.json().path("payment").path("status").asString()).isEqualTo("paid");
		assertThat(response.json().path("payment").path("payment_id").asString()).isEqualTo(paymentId);
		assertThat(response.json().path("payment").path("paid_at").asString()).isNotBlank();
		assertThat(status(booked.id())).isEqualTo("confirmed");
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("paid");
		assertThat(events.confirmations(booked.id())).isOne();
	}

	@Test
	void theBookingIdMayBeLeftOut() {
		Booked booked = bookOnline();

		var response = verify(booked.customer().token(), booked.orderId(), newId("pay_"), null);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(status(booked.id())).isEqualTo("confirmed");
	}

	@Test
	void aSignatureNotMadeWithTheKeySecretChangesNothing() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");

		var response = api.post("/bookings/verify-payment", booked.customer().token(),
				Map.of("razorpay_order_id", booked.orderId(), "razorpay_payment_id", paymentId, "razorpay_signature",
						sign(booked.orderId() + "|" + paymentId, "not-the-key-secret"), "booking_id", booked.id()));

		assertRefusedAndUnchanged(response, booked, 400);
		assertThat(response.text("detail")).contains("razorpay_signature");
	}

	@Test
	void aSignatureOverAnotherPaymentChangesNothing() {
		Booked booked = bookOnline();

		var response = api.post("/bookings/verify-payment", booked.customer().token(),
				Map.of("razorpay_order_id", booked.orderId(), "razorpay_payment_id", newId("pay_"),
						"razorpay_signature", sign(booked.orderId() + "|" + newId("pay_"), KEY_SECRET)));

		assertRefusedAndUnchanged(response, booked, 400);
	}

	@Test
	void anOrderOfAnotherBookingChangesNothing() {
		Booked booked = bookOnline();
		Booked other = bookOnline();

		var response = verify(booked.customer().token(), booked.orderId(), newId("pay_"), other.id());

		assertRefusedAndUnchanged(response, booked, 400);
		assertThat(status(other.id())).isEqualTo("pending_payment");
	}

	@Test
	void anUnknownOrderIsRefused() {
		Booked booked = bookOnline();

		var response = verify(booked.customer().token(), newId("order_"), newId("pay_"), booked.id());

		assertRefusedAndUnchanged(response, booked, 400);
	}

	@Test
	void anotherCustomerCannotConfirmTheBooking() {
		Booked booked = bookOnline();

		var response = verify(registerCustomer().token(), booked.orderId(), newId("pay_"), booked.id());

		assertRefusedAndUnchanged(response, booked, 404);
	}

	@Test
	void staffMayConfirmACustomersPayment() {
		Booked booked = bookOnline();

		var response = verify(adminToken(), booked.orderId(), newId("pay_"), booked.id());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(status(booked.id())).isEqualTo("confirmed");
	}

	@Test
	void missingFieldsAreNamed() {
		var response = api.post("/bookings/verify-payment", registerCustomer().token(),
				Map.of("razorpay_order_id", newId("order_")));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").toString()).contains("razorpay_payment_id", "razorpay_signature");
	}

	@Test
	void aRepeatedConfirmationAnswersTheSameAndConfirmsOnce() {
		Booked booked = bookOnline();
		String paymentId = newId("pay_");

		var first = verify(booked, paymentId);
		var second = verify(booked, paymentId);

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json()).isEqualTo(first.json());
		assertThat(events.confirmations(booked.id())).isOne();
	}

	@Test
	void checkoutAndWebhooksArrivingTogetherConfirmOnce() throws Exception {
		for (int round = 0; round < 5; round++) {
			Booked booked = bookOnline();
			String paymentId = newId("pay_");

			List<Integer> statuses = concurrently(() -> verify(booked, paymentId),
					() -> webhook(newId("evt_"), captured(booked, paymentId)), () -> verify(booked, paymentId),
					() -> webhook(newId("evt_"), captured(booked, paymentId)));

			assertThat(statuses).containsOnly(200);
			assertThat(status(booked.id())).isEqualTo("confirmed");
			assertThat(payment(booked.id()).path("payment_id").asString()).isEqualTo(paymentId);
			assertThat(events.confirmations(booked.id())).isOne();
		}
	}

	private void assertRefusedAndUnchanged(Api.Response response, Booked booked, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(status(booked.id())).isEqualTo("pending_payment");
		assertThat(payment(booked.id()).path("status").asString()).isEqualTo("pending");
		assertThat(events.confirmations(booked.id())).isZero();
	}

	@SafeVarargs
	private static List<Integer> concurrently(Callable<Api.Response>... calls) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(calls.length)) {
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (Callable<Api.Response> call : calls) {
				answers.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Api.Response> answer : answers) {
				statuses.add(answer.get().status());
			}
			return statuses;
		}
	}

}
