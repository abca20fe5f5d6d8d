package com.bookingservice.bench.fakes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a notification is about from its words: the booking's id, the first UUID in
 * the text, and the moment in the booking's life that it tells of.
 */
final class MessageText {

	static final String UNKNOWN = "unknown";

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private MessageText() {
	}

	static String bookingId(String text) {
		Matcher matcher = UUID.matcher(text);
		return matcher.find() ? matcher.group().toLowerCase(Locale.ROOT) : UNKNOWN;
	}

	/**
	 * The event a message tells of, by the first of its telling words: "refunded" comes first
	 * because a refund notice also says why (the booking was cancelled), "received" next
	 * because a received notice also promises a confirmation.
	 */
	static String event(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.contains("refunded")) {
			return "refunded";
		}
		if (lower.contains("received")) {
			return "received";
		}
		if (lower.contains("expired")) {
			return "expired";
		}
		if (lower.contains("cancelled") || lower.contains("canceled")) {
			return "cancelled";
		}
		if (lower.contains("complete")) {
			return "completed";
		}
		if (lower.contains("confirmed")) {
			return "confirmed";
		}
		return UNKNOWN;
	}

}
