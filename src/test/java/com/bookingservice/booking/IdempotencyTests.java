package com.bookingservice.booking;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.bookingservice.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyTests extends ApiTest {

	@Test
	void aRetriedRequestGetsTheFirstResponseAndBooksNothingMore() {
		Customer customer = registerCustomer();
		String service = createService(3);
		Map<String, String> body = Map.of("service_id", service, "starts_at", slot(10, 10).toString());

		var first = api.call("POST", "/bookings/").token(customer.token()).header("Idempotency-Key", "k-1")
			.json(body).send();
		var retry = api.call("POST", "/bookings/").token(customer.token()).header("Idempotency-Key", "k-1")
			.json(body).send();

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.text("id")).isEqualTo(first.text("id"));
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(api.get("/bookings", customer.token()).json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsRefused() {
		Customer customer = registerCustomer();
		String service = createService(3);
		api.call("POST", "/bookings").token(customer.token()).header("Idempotency-Key", "k-2")
			.json(Map.of("service_id", service, "starts_at", slot(10, 11).toString())).send();

		var other = api.call("POST", "/bookings").token(customer.token()).header("Idempotency-Key", "k-2")
			.json(Map.of("service_id", service, "starts_at", slot(10, 12).toString())).send();

		assertThat(other.status()).isEqualTo(422);
		assertThat(other.contentType()).startsWith("application/problem+json");
		assertThat(api.get("/bookings", customer.token()).json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void keysBelongToTheAccountThatSentThem() {
		String service = createService(3);
		Map<String, String> body = Map.of("service_id", service, "starts_at", slot(10, 13).toString());
		Customer one = registerCustomer();
		Customer two = registerCustomer();

		var first = api.call("POST", "/bookings").token(one.token()).header("Idempotency-Key", "shared")
			.json(body).send();
		var second = api.call("POST", "/bookings").token(two.token()).header("Idempotency-Key", "shared")
			.json(body).send();

		assertThat(second.status()).isEqualTo(201);
		assertThat(second.text("id")).isNotEqualTo(first.text("id"));
	}

	@Test
	void aFailedRequestKeepsNoResponseSoItsRetryRunsAgain() {
		Customer customer = registerCustomer();
		String service = createService(1);
		Map<String, String> body = Map.of("service_id", service, "starts_at", slot(10, 14).toString());
		String taken = bookOk(registerCustomer().token(), service, slot(10, 14));

		var refused = api.call("POST", "/bookings").token(customer.token()).header("Idempotency-Key", "k-3")
			.json(body).send();
		api.put("/bookings/" + taken + "/cancel", adminToken());
		var retried = api.call("POST", "/bookings").token(customer.token()).header("Idempotency-Key", "k-3")
			.json(body).send();

		assertThat(refused.status()).isEqualTo(409);
		assertThat(retried.status()).isEqualTo(201);
	}

}
