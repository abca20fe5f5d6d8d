package com.bookingservice;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input of every kind is answered with RFC 9457 problem details and stores nothing.
 */
class ProblemDetailsTests extends ApiTest {

	@Test
	void malformedJsonIsABadRequest() {
		Customer customer = registerCustomer();

		var response = api.call("POST", "/bookings").token(customer.token()).raw("{\"service_id\": ").send();

		assertProblem(response, 400);
		assertThat(response.text("detail")).isEqualTo("The request body is not valid JSON.");
		assertThat(bookingsOf(customer)).isZero();
	}

	@Test
	void wrongTypesNameTheField() {
		Customer customer = registerCustomer();

		var response = api.post("/bookings", customer.token(),
				Map.of("service_id", "not-a-uuid", "starts_at", slot(2, 10).toString()));
		var notADate = api.post("/bookings", customer.token(),
				Map.of("service_id", createService(1), "starts_at", "tomorrow"));

		assertProblem(response, 400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("service_id");
		assertThat(notADate.json().path("errors").get(0).path("field").asString()).isEqualTo("starts_at");
		assertThat(bookingsOf(customer)).isZero();
	}

	@Test
	void validationFailuresListEveryInvalidField() {
		var response = api.post("/auth/register", null,
				Map.of("name", "", "email", "not-an-email", "phone", "98123", "password", "short"));

		assertProblem(response, 400);
		assertThat(texts(response.json().path("errors"), "field")).containsExactly("email", "name", "password",
				"phone");
	}

	@Test
	void aBadContactIsRejectedAndNothingIsBooked() {
		Customer customer = registerCustomer();
		String service = createService(1);

		var response = api.post("/bookings", customer.token(), Map.of("service_id", service, "starts_at",
				slot(2, 10).toString(), "contact", Map.of("phone", "12345", "email", "nobody")));

		assertProblem(response, 400);
		assertThat(texts(response.json().path("errors"), "field")).containsExactly("contact.email", "contact.phone");
		assertThat(bookingsOf(customer)).isZero();
	}

	@Test
	void valuesOutOfRangeAreRejected() {
		var body = new java.util.HashMap<>(serviceBody("Yoga", 0));
		body.put("duration_minutes", 2000);
		body.put("time_zone", "Mars/Olympus");

		var response = api.post("/services", adminToken(), body);

		assertProblem(response, 400);
		assertThat(texts(response.json().path("errors"), "field")).containsExactly("capacity", "duration_minutes",
				"time_zone");
	}

	@Test
	void aBodyOver64KilobytesIsTooLarge() {
		Customer customer = registerCustomer();
		String notes = "x".repeat(70 * 1024);

		var response = api.post("/bookings", customer.token(),
				Map.of("service_id", createService(1), "starts_at", slot(2, 10).toString(), "notes", notes));

		assertProblem(response, 413);
		assertThat(bookingsOf(customer)).isZero();
	}

	@Test
	void anUnknownPathIsNotFound() {
		var response = api.get("/nothing-here", adminToken());

		assertProblem(response, 404);
	}

	@Test
	void aMissingOrForgedTokenIsUnauthorized() {
		var missing = api.get("/bookings", null);
		var forged = api.get("/bookings", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

		assertProblem(missing, 401);
		assertProblem(forged, 401);
		assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void noResponseRevealsInternals() {
		var response = api.call("POST", "/bookings").token(registerCustomer().token())
			.raw("{\"service_id\": \"" + createService(1) + "\", \"starts_at\": [1, 2]}").send();

		assertProblem(response, 400);
		assertThat(response.body()).doesNotContain("Exception", "at com.", "tools.jackson", "SQL");
	}

	private void assertProblem(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(status);
		assertThat(response.text("title")).isNotBlank();
	}

	private long bookingsOf(Customer customer) {
		return api.get("/bookings", customer.token()).json().path("total").asLong();
	}

}
