package com.bookingservice.bench.fakes;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Twilio's Messages API: {@code POST /2010-04-01/Accounts/{sid}/Messages.json} with the form
 * fields To, From and Body, answered with a queued message after the delay. A message from a
 * {@code whatsapp:} number counts as WhatsApp, any other as SMS.
 */
final class TwilioFake {

	private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

	private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.ENGLISH);

	private final Receipts receipts;

	private final Delay delay;

	TwilioFake(Receipts receipts, Delay delay) {
		this.receipts = receipts;
		this.delay = delay;
	}

	HttpServer start(int port) throws IOException {
		return Http.serve(port, this::handle);
	}

	private void handle(HttpExchange exchange) throws IOException {
		long receivedAt = System.currentTimeMillis();
		Matcher path = MESSAGES.matcher(exchange.getRequestURI().getPath());
		if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
			try (var call = receipts.open("twilio", "unexpected " + exchange.getRequestMethod())) {
				Http.json(exchange, 404, "{\"code\":20404,\"message\":\"Not found\",\"status\":404}");
			}
			return;
		}

		try (var call = receipts.open("twilio", "POST Messages.json")) {
			Map<String, String> form = Http.form(Http.body(exchange));
			String body = form.getOrDefault("Body", "");
			delay.await();
			String answer = message(path.group(1), form.get("To"), form.get("From"), body);
			receipts.add(new Receipts.Receipt(channel(form), MessageText.bookingId(body), MessageText.event(body),
					receivedAt, System.currentTimeMillis()));
			Http.json(exchange, 201, answer);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			Http.json(exchange, 503, "{\"code\":20503,\"message\":\"Stopping\",\"status\":503}");
		}
	}

	private static String channel(Map<String, String> form) {
		String from = form.getOrDefault("From", "");
		String to = form.getOrDefault("To", "");
		return from.startsWith("whatsapp:") || to.startsWith("whatsapp:") ? "whatsapp" : "sms";
	}

	private static String message(String accountSid, String to, String from, String body) {
		String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
		String now = ZonedDateTime.now(ZoneOffset.UTC).format(RFC_2822);
		String uri = "/2010-04-01/Accounts/" + accountSid + "/Messages/" + sid;
		return "{\"account_sid\":" + Json.quote(accountSid) + ",\"api_version\":\"2010-04-01\",\"body\":"
				+ Json.quote(body) + ",\"date_created\":" + Json.quote(now) + ",\"date_sent\":null,\"date_updated\":"
				+ Json.quote(now) + ",\"direction\":\"outbound-api\",\"error_code\":null,\"error_message\":null,"
				+ "\"from\":" + Json.quote(from) + ",\"messaging_service_sid\":null,\"num_media\":\"0\","
				+ "\"num_segments\":\"1\",\"price\":null,\"price_unit\":\"USD\",\"sid\":" + Json.quote(sid)
				+ ",\"status\":\"queued\",\"subresource_uris\":{\"media\":" + Json.quote(uri + "/Media.json")
				+ "},\"to\":" + Json.quote(to) + ",\"uri\":" + Json.quote(uri + ".json") + "}";
	}

}
