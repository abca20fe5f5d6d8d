package com.bookingservice.support;

import java.util.regex.Pattern;

/**
 * Turns Java property paths into the snake_case names that clients read and write.
 */
final class JsonNames {

	private static final Pattern UPPER = Pattern.compile("(?<=[a-z0-9])([A-Z])");

	private JsonNames() {
	}

	static String snakeCase(String javaPath) {
		return UPPER.matcher(javaPath).replaceAll("_$1").toLowerCase();
	}

}
