package com.bookingservice.account;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.bookingservice.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

class AccountApiTests extends ApiTest {

	@Test
	void registrationAnswersTheAccountWithoutThePassword() {
		String email = "Meera." + UUID.randomUUID() + "@Example.com";

		var response = api.post("/auth/register/", null,
				Map.of("name", "Meera", "email", email, "phone", "+919812345670", "password", "long-enough"));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.text("email")).isEqualTo(email.toLowerCase());
		assertThat(response.text("role")).isEqualTo("CUSTOMER");
		assertThat(response.body()).doesNotContain("long-enough").doesNotContain("password");
	}

	@Test
	void aSecondAccountWithTheSameEmailIsAConflict() {
		Customer customer = registerCustomer();

		var response = api.post("/auth/register", null, Map.of("name", "Copy", "email",
				customer.email().toUpperCase(), "phone", "+919812345670", "password", "long-enough"));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void signInIssuesABearerToken() {
		Customer customer = registerCustomer();

		var response = api.post("/auth/token", null, Map.of("email", customer.email(), "password", "secret-password"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text("token_type")).isEqualTo("Bearer");
		assertThat(response.json().path("expires_in").asLong()).isEqualTo(3600);
		assertThat(response.text("access_token")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
		assertThat(api.get("/bookings", response.text("access_token")).status()).isEqualTo(200);
	}

	@Test
	void aWrongPasswordOrUnknownEmailIsUnauthorized() {
		Customer customer = registerCustomer();

		var wrongPassword = api.post("/auth/token", null, Map.of("email", customer.email(), "password", "guess"));
		var unknown = api.post("/auth/token", null, Map.of("email", "nobody@example.com", "password", "guess"));

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.text("detail")).isEqualTo(wrongPassword.text("detail"));
	}

	@Test
	void theConfiguredAdminCanSignInAndActsAsStaff() {
		String token = adminToken();

		assertThat(api.post("/services", token, serviceBody("Facial", 1)).status()).isEqualTo(201);
	}

}
