package com.bookingservice.notification;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the Twilio SDK makes are sent to the configured base URL, and as many may be in
 * flight at once as the pool is sized for.
 */
class TwilioHttpClientTests {

	private static final String PATH = "/2010-04-01/Accounts/AC1/Messages.json?PageSize=20";

	@Test
	void sendsEachRequestToTheBaseUrlKeepingItsPathAndQuery() throws Exception {
		try (var client = new TwilioHttpClient(URI.create("http://127.0.0.1:8089/twilio/"), Duration.ofSeconds(1),
				Duration.ofSeconds(1), 1)) {
			URL request = URI.create("https://api.twilio.com" + PATH).toURL();

			assertThat(client.rebase(request)).isEqualTo(URI.create("http://127.0.0.1:8089/twilio" + PATH));
		}
	}

	@Test
	void keepsAsManyCallsInFlightAsItIsSizedFor() throws Exception {
		HttpServer slowTwilio = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
		slowTwilio.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		slowTwilio.createContext("/", exchange -> {
			sleep(Duration.ofMillis(1500));
			byte[] body = "{\"sid\": \"SM1\", \"status\": \"queued\"}".getBytes();
			exchange.sendResponseHeaders(201, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		slowTwilio.start();
		URI baseUrl = URI.create("http://127.0.0.1:" + slowTwilio.getAddress().getPort());

		try (var client = new TwilioHttpClient(baseUrl, Duration.ofMillis(500), Duration.ofSeconds(5), 40);
				ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Callable<Integer>> calls = IntStream.range(0, 40)
				.<Callable<Integer>>mapToObj(i -> () -> client.makeRequest(message()).getStatusCode())
				.toList();

			List<Integer> statuses = callers.invokeAll(calls).stream().map(TwilioHttpClientTests::result).toList();

			assertThat(statuses).hasSize(40).containsOnly(201);
		}
		finally {
			slowTwilio.stop(0);
		}
	}

	private static Request message() {
		var request = new Request(HttpMethod.POST, "api", "/2010-04-01/Accounts/AC1/Messages.json");
		request.addPostParam("To", "+919812345678");
		request.setAuth("AC1", "token");
		return request;
	}

	private static Integer result(Future<Integer> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
