package com.bookingservice.bench.fakes;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The JDK's HTTP server on the loopback address with one virtual thread per exchange, and
 * the little reading and writing that the stand-ins need.
 */
final class Http {

	/** Connections the kernel may queue before they are accepted; capped by somaxconn. */
	static final int BACKLOG = 4096;

	private Http() {
	}

	static HttpServer server(int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		return server;
	}

	/**
	 * Starts a server on the port that hands every request to one handler.
	 */
	static HttpServer serve(int port, HttpHandler handler) throws IOException {
		HttpServer server = server(port);
		server.createContext("/", handler);
		server.start();
		return server;
	}

	static String body(HttpExchange exchange) throws IOException {
		return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * The fields of a form-encoded body or a query string, each name with its last value.
	 */
	static Map<String, String> form(String encoded) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return fields;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			fields.put(decode(name), decode(value));
		}
		return fields;
	}

	static void json(HttpExchange exchange, int status, String json) throws IOException {
		send(exchange, status, "application/json", json);
	}

	static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
