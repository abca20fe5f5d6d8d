package com.bookingservice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running service, as the apps call it: JSON bodies, bearer
 * tokens and headers on a real socket.
 */
public final class Api {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final JsonMapper json;

	public Api(int port, JsonMapper json) {
		this.baseUrl = "http://localhost:" + port;
		this.json = json;
	}

	public Call call(String method, String path) {
		return new Call(method, path);
	}

	public Response get(String path, String token) {
		return call("GET", path).token(token).send();
	}

	public Response post(String path, String token, Object body) {
		return call("POST", path).token(token).json(body).send();
	}

	public Response put(String path, String token, Object body) {
		return call("PUT", path).token(token).json(body).send();
	}

	public Response put(String path, String token) {
		return call("PUT", path).token(token).send();
	}

	public Response delete(String path, String token) {
		return call("DELETE", path).token(token).send();
	}

	/**
	 * One request being put together.
	 */
	public final class Call {

		private final String method;

		private final String path;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private String body;

		private Call(String method, String path) {
			this.method = method;
			this.path = path;
		}

		public Call token(String token) {
			return token == null ? this : header("Authorization", "Bearer " + token);
		}

		public Call header(String name, String value) {
			headers.put(name, value);
			return this;
		}

		public Call json(Object value) {
			return raw(value instanceof String text ? text : json.writeValueAsString(value));
		}

		public Call raw(String text) {
			this.body = text;
			return header("Content-Type", "application/json");
		}

		public Response send() {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
				.timeout(Duration.ofSeconds(30))
				.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
			headers.forEach(request::header);
			try {
				var response = CLIENT.send(request.build(), BodyHandlers.ofString());
				return new Response(response.statusCode(), response.headers(), response.body(), parse(response.body()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private JsonNode parse(String text) {
			if (text == null || text.isBlank()) {
				return json.missingNode();
			}
			try {
				return json.readTree(text);
			}
			catch (RuntimeException ex) {
				return json.missingNode();
			}
		}

	}

	/**
	 * What the service answered.
	 */
	public record Response(int status, HttpHeaders headers, String body, JsonNode json) {

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		public String text(String field) {
			return json.path(field).asString();
		}

	}

}
