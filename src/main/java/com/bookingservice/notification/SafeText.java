package com.bookingservice.notification;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bookingservice.support.Masking;

/**
 * Makes a provider's error message fit for a log line and the ledger: international phone
 * numbers and e-mail addresses in it are masked, and it is cut to a bounded length.
 */
final class SafeText {

	static final int MAX_LENGTH = 500;

	private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern PHONE = Pattern.compile("(?:whatsapp:)?\\+\\d[\\d\\s-]{5,}\\d");

	private SafeText() {
	}

	static String of(String raw) {
		if (raw == null) {
			return null;
		}
		String masked = replace(EMAIL, raw, Masking::email);
		masked = replace(PHONE, masked, Masking::phone);
		return masked.length() <= MAX_LENGTH ? masked : masked.substring(0, MAX_LENGTH - 1) + "…";
	}

	private static String replace(Pattern pattern, String text, UnaryOperator<String> mask) {
		Matcher matcher = pattern.matcher(text);
		return matcher.replaceAll(match -> Matcher.quoteReplacement(mask.apply(match.group())));
	}

}
