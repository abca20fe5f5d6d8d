package com.bookingservice.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What exists before the load: the admin's token, the services to book, and customers who
 * have signed up and signed in once.
 *
 * @param adminToken the admin's access token
 * @param services the ids of the services to spread bookings over
 * @param customers the customers, each with the token of their one sign-in
 * @param zone the services' time zone
 */
record Seed(String adminToken, List<String> services, List<Customer> customers, String zone) {

	static Seed read(Path file) {
		try {
			JsonNode seed = new ObjectMapper().readTree(file.toFile());
			List<String> services = seed.path("services").valueStream().map(JsonNode::asText).toList();
			List<Customer> customers = seed.path("customers")
				.valueStream()
				.map(c -> new Customer(c.path("id").asText(), c.path("token").asText()))
				.toList();
			if (services.isEmpty() || customers.isEmpty()) {
				throw new IllegalStateException("The seed in " + file + " has no services or no customers.");
			}
			return new Seed(seed.path("admin_token").asText(), services, customers, seed.path("zone").asText());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the seed " + file, ex);
		}
	}

	/**
	 * A signed-in customer.
	 *
	 * @param id the account's id
	 * @param token its access token
	 */
	record Customer(String id, String token) {
	}

}
