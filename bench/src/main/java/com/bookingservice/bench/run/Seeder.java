package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes what the load needs before it starts: the admin's token, services open every day with
 * a large capacity, so that bookings spread over many services and slots rarely meet, and
 * customers who sign up and sign in once each. Sign-up and sign-in are timed, since the load
 * itself never repeats them.
 */
final class Seeder {

	static final String ZONE = "Asia/Kolkata";

	static final String ADMIN_EMAIL = "admin@example.com";

	static final String PASSWORD = "bench-customer-password";

	private static final int PARALLEL_SIGN_UPS = 4;

	private Seeder() {
	}

	static Seeded seed(Api api, String adminPassword, int services, int customers, Path file)
			throws IOException, InterruptedException {
		String admin = token(api, ADMIN_EMAIL, adminPassword);
		List<String> serviceIds = new ArrayList<>();
		for (int i = 1; i <= services; i++) {
			serviceIds.add(api.post("/services", admin, service(i)).path("id").asText());
		}
		List<Timed> people = signUp(api, customers);

		ObjectNode seed = Api.JSON.createObjectNode().put("admin_token", admin).put("zone", ZONE);
		seed.putPOJO("services", serviceIds);
		var list = seed.putArray("customers");
		people.forEach(person -> list.addObject().put("id", person.id()).put("token", person.token()));
		Api.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), seed);

		return new Seeded(admin, serviceIds.size(), people.size(),
				people.stream().mapToLong(Timed::signUpMillis).sorted().toArray(),
				people.stream().mapToLong(Timed::signInMillis).sorted().toArray());
	}

	static String token(Api api, String email, String password) throws IOException, InterruptedException {
		return api.post("/auth/token", null, Map.of("email", email, "password", password)).path("access_token")
			.asText();
	}

	private static List<Timed> signUp(Api api, int customers) throws InterruptedException, IOException {
		String run = Long.toString(System.currentTimeMillis(), 36);
		List<Future<Timed>> futures = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_SIGN_UPS)) {
			for (int i = 1; i <= customers; i++) {
				int n = i;
				futures.add(pool.submit(() -> signUp(api, run, n)));
			}
		}
		List<Timed> people = new ArrayList<>();
		for (Future<Timed> future : futures) {
			try {
				people.add(future.get());
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IOException("A customer could not sign up or sign in: " + ex.getCause(), ex.getCause());
			}
		}
		Collections.shuffle(people);
		return people;
	}

	private static Timed signUp(Api api, String run, int n) throws IOException, InterruptedException {
		String email = "customer-" + n + "-" + run + "@bench.test";
		long start = System.nanoTime();
		JsonNode account = api.post("/auth/register", null, Map.of("name", "Bench Customer " + n, "email", email,
				"phone", "+9198%08d".formatted(n), "password", PASSWORD));
		long signedUp = System.nanoTime();
		String token = token(api, email, PASSWORD);
		long signedIn = System.nanoTime();
		return new Timed(account.path("id").asText(), token, (signedUp - start) / 1_000_000,
				(signedIn - signedUp) / 1_000_000);
	}

	private static Map<String, Object> service(int n) {
		List<Map<String, String>> hours = Arrays.stream(DayOfWeek.values())
			.map(day -> Map.of("day_of_week", day.name(), "opens", "06:00", "closes", "22:00"))
			.toList();
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("name", "Bench service %02d".formatted(n));
		service.put("duration_minutes", 30);
		service.put("price", 50_000);
		service.put("currency", "INR");
		service.put("capacity", 1000);
		service.put("time_zone", ZONE);
		service.put("opening_hours", hours);
		return service;
	}

	/**
	 * What was made, and how long each sign-up and sign-in took, sorted.
	 */
	record Seeded(String adminToken, int services, int customers, long[] signUpMillis, long[] signInMillis) {
	}

	private record Timed(String id, String token, long signUpMillis, long signInMillis) {
	}

}
