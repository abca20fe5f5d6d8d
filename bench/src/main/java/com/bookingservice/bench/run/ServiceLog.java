package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The warnings and errors in the service's log, grouped by the start of their message with
 * ids and numbers blanked, most frequent first, so that the report shows what went wrong.
 */
final class ServiceLog {

	private static final Pattern LINE = Pattern.compile("\\s(WARN|ERROR)\\s.*?\\]\\s+(\\S+)\\s+:\\s(.*)");

	private static final Pattern VARIABLE = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}|PT[0-9.HMS]+|\\d+");

	private static final int SHOWN = 5;

	private static final int KEPT_CHARACTERS = 160;

	private ServiceLog() {
	}

	static Map<String, Long> problems(Path log) {
		try {
			Map<String, Long> counts = Files.readAllLines(log).stream()
				.map(LINE::matcher)
				.filter(Matcher::find)
				.map(line -> line.group(1) + " " + shortLogger(line.group(2)) + ": " + shape(line.group(3)))
				.collect(Collectors.groupingBy(shape -> shape, Collectors.counting()));
			return counts.entrySet().stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(SHOWN)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
		}
		catch (IOException ex) {
			return Map.of();
		}
	}

	private static String shortLogger(String logger) {
		return logger.substring(logger.lastIndexOf('.') + 1);
	}

	private static String shape(String message) {
		String blanked = VARIABLE.matcher(message).replaceAll("#");
		return blanked.length() > KEPT_CHARACTERS ? blanked.substring(0, KEPT_CHARACTERS) + "..." : blanked;
	}

}
