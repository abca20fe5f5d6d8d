package com.bookingservice.bench.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small JSON client for the calls the orchestrator makes itself: seeding, settings,
 * metrics and the stand-ins' counts. Never used for the measured load.
 */
final class Api {

	static final ObjectMapper JSON = new ObjectMapper();

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	Api(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	String baseUrl() {
		return baseUrl;
	}

	JsonNode get(String path, String token) throws IOException, InterruptedException {
		return json(send(request(path, token).GET().build()));
	}

	String text(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(path, null).setHeader("Accept", "text/plain").GET().build());
		expectSuccess(response);
		return response.body();
	}

	JsonNode post(String path, String token, Object body) throws IOException, InterruptedException {
		String json = body instanceof String text ? text : JSON.writeValueAsString(body);
		return json(send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build()));
	}

	int status(String path) {
		try {
			return send(request(path, null).GET().build()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(TIMEOUT)
			.header("Accept", "application/json");
		return token == null ? builder : builder.header("Authorization", "Bearer " + token);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) throws IOException {
		expectSuccess(response);
		return JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
	}

	private static void expectSuccess(HttpResponse<String> response) throws IOException {
		if (response.statusCode() >= 300) {
			throw new IOException(response.request().method() + " " + response.request().uri() + " answered "
					+ response.statusCode() + ": " + abbreviate(response.body()));
		}
	}

	private static String abbreviate(String body) {
		return body.length() > 500 ? body.substring(0, 500) + "..." : body;
	}

}
