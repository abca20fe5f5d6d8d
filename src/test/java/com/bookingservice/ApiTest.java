package com.bookingservice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that call the running service over HTTP, on a real PostgreSQL, with
 * helpers for the accounts, services and bookings that most tests need.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
public abstract class ApiTest {

	protected static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	protected static final String ADMIN_EMAIL = "admin@example.com";

	protected static final String ADMIN_PASSWORD = "admin-password-for-tests";

	@LocalServerPort
	private int port;

	@Autowired
	protected JsonMapper json;

	protected Api api;

	@BeforeEach
	void connect() {
		api = new Api(port, json);
	}

	protected String adminToken() {
		return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	protected String signIn(String email, String password) {
		var response = api.post("/auth/token", null, Map.of("email", email, "password", password));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.text("access_token");
	}

	protected Customer registerCustomer() {
		String email = "customer-" + UUID.randomUUID() + "@example.com";
		var response = api.post("/auth/register", null,
				Map.of("name", "Asha Rao", "email", email, "phone", "+919812345678", "password", "secret-password"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return new Customer(UUID.fromString(response.text("id")), email, signIn(email, "secret-password"));
	}

	protected String createService(int capacity) {
		var response = api.post("/services", adminToken(), serviceBody("Haircut", capacity));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.text("id");
	}

	protected static Map<String, Object> serviceBody(String name, int capacity) {
		var everyDay = java.util.Arrays.stream(java.time.DayOfWeek.values())
			.map(day -> Map.of("day_of_week", day.name(), "opens", "09:00", "closes", "17:00"))
			.toList();
		return Map.of("name", name, "duration_minutes", 60, "price", 50_000, "currency", "INR", "capacity", capacity,
				"time_zone", KOLKATA.getId(), "opening_hours", everyDay);
	}

	/**
	 * The start of a slot of a service made by {@link #createService(int)}: a whole hour
	 * between 09:00 and 16:00 in Kolkata, some days ahead.
	 */
	protected static OffsetDateTime slot(int daysAhead, int hour) {
		return LocalDate.now(KOLKATA).plusDays(daysAhead).atTime(LocalTime.of(hour, 0)).atZone(KOLKATA)
			.toOffsetDateTime();
	}

	protected Api.Response book(String token, String serviceId, OffsetDateTime startsAt) {
		return api.post("/bookings/", token, Map.of("service_id", serviceId, "starts_at", startsAt.toString()));
	}

	protected String bookOk(String token, String serviceId, OffsetDateTime startsAt) {
		var response = book(token, serviceId, startsAt);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.text("id");
	}

	protected static List<String> texts(tools.jackson.databind.JsonNode array, String field) {
		return array.valueStream().map(node -> node.path(field).asString()).toList();
	}

	/**
	 * A signed-up customer and their access token.
	 */
	protected record Customer(UUID id, String email, String token) {
	}

}
