package com.bookingservice.payment;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking for online payment opens a Razorpay order through the SDK's real request, once per
 * booking, and holds no slot when Razorpay fails.
 */
class CheckoutTests extends PaymentTest {

	@Test
	void opensARazorpayOrderForTheBookingsPrice() {
		Customer customer = registerCustomer();
		long price = uniquePrice();
		String service = createServiceCosting(price, 1);

		var response = bookOnline(customer.token(), service, slot(5, 10));

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo("pending_payment");
		JsonNode razorpay = response.json().path("razorpay");
		assertThat(razorpay.path("order_id").asString()).startsWith("order_");
		assertThat(razorpay.path("amount").asLong()).isEqualTo(price);
		assertThat(razorpay.path("currency").asString()).isEqualTo("INR");
		assertThat(razorpay.path("key_id").asString()).isEqualTo(KEY_ID);

		List<LoggedRequest> orders = ordersFor(response.text("id"));
		assertThat(orders).hasSize(1);
		assertThat(orders.getFirst().getHeader("Authorization")).isEqualTo("Basic "
				+ Base64.getEncoder().encodeToString((KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8)));
		JsonNode order = json.readTree(orders.getFirst().getBodyAsString());
		assertThat(order.path("amount").asLong()).isEqualTo(price);
		assertThat(order.path("currency").asString()).isEqualTo("INR");
		assertThat(order.path("receipt").asString()).isEqualTo(response.text("id"));
		assertThat(order.path("notes").path("booking_id").asString()).isEqualTo(response.text("id"));
	}

	@Test
	void showsThePendingPaymentWithTheBooking() {
		Booked booked = bookOnline();

		JsonNode payment = payment(booked.id());

		assertThat(payment.path("status").asString()).isEqualTo("pending");
		assertThat(payment.path("order_id").asString()).isEqualTo(booked.orderId());
		assertThat(payment.path("amount").asLong()).isEqualTo(booked.amount());
		assertThat(payment.path("currency").asString()).isEqualTo("INR");
		assertThat(payment.path("payment_id").isNull()).isTrue();
		assertThat(payment.path("refund_id").isNull()).isTrue();
	}

	@Test
	void aBookingNotPaidOnlineShowsNoPayment() {
		String booking = bookOk(registerCustomer().token(), createService(1), slot(5, 12));

		assertThat(payment(booking).path("status").asString()).isEqualTo("none");
	}

	@Test
	void aRetriedBookingOpensNoSecondOrder() {
		Customer customer = registerCustomer();
		String service = createServiceCosting(uniquePrice(), 3);
		Map<String, String> body = Map.of("service_id", service, "starts_at", slot(5, 13).toString());

		var first = api.call("POST", "/bookings/razorpay-booking").token(customer.token())
			.header("Idempotency-Key", "pay-1").json(body).send();
		var retry = api.call("POST", "/bookings/razorpay-booking").token(customer.token())
			.header("Idempotency-Key", "pay-1").json(body).send();

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(retry.status()).as(retry.body()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.text("id")).isEqualTo(first.text("id"));
		assertThat(retry.json().path("razorpay")).isEqualTo(first.json().path("razorpay"));
		assertThat(ordersFor(first.text("id"))).hasSize(1);
		assertThat(api.get("/bookings", customer.token()).json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void aFailingProviderIsAnswered502AndHoldsNoSlot() {
		long price = uniquePrice();
		RAZORPAY.stubFor(post(urlEqualTo("/v1/orders")).withRequestBody(orderOf(price))
			.willReturn(aResponse().withStatus(500)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": {\"code\": \"SERVER_ERROR\", \"description\": \"Something went wrong.\"}}")));

		assertNoSlotIsHeldWhenRazorpayFails(price);
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsAnswered502AndHoldsNoSlot() {
		long price = uniquePrice();
		RAZORPAY.stubFor(post(urlEqualTo("/v1/orders")).withRequestBody(orderOf(price))
			.willReturn(answer("{\"id\": \"order_late\", \"entity\": \"order\"}").withFixedDelay(3_000)));

		assertNoSlotIsHeldWhenRazorpayFails(price);
	}

	private void assertNoSlotIsHeldWhenRazorpayFails(long price) {
		Customer customer = registerCustomer();
		String service = createServiceCosting(price, 1);

		var response = bookOnline(customer.token(), service, slot(5, 14));

		assertThat(response.status()).as(response.body()).isEqualTo(502);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("detail")).contains("payment provider is unavailable");
		assertThat(api.get("/bookings", customer.token()).json().path("total").asLong()).isZero();
		assertThat(book(registerCustomer().token(), service, slot(5, 14)).status()).isEqualTo(201);
	}

	private static StringValuePattern orderOf(long price) {
		return matchingJsonPath("$[?(@.amount == " + price + ")]");
	}

}
