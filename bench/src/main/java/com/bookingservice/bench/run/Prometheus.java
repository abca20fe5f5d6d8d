package com.bookingservice.bench.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One scrape of the service's {@code /actuator/prometheus}, in the text format.
 */
final class Prometheus {

	private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final List<Sample> samples = new ArrayList<>();

	private final Set<String> gauges = new HashSet<>();

	Prometheus(String text) {
		for (String line : text.split("\n")) {
			if (line.startsWith("# TYPE ")) {
				String[] parts = line.split(" ");
				if (parts.length >= 4 && parts[3].equals("gauge")) {
					gauges.add(parts[2]);
				}
			}
			else if (!line.isBlank() && !line.startsWith("#")) {
				parse(line);
			}
		}
	}

	/**
	 * The sum of a metric over all its label sets, or NaN if the service has no such metric.
	 */
	double sum(String name) {
		return sum(name, labels -> true);
	}

	double sum(String name, Predicate<String> labels) {
		double total = 0;
		boolean found = false;
		for (Sample sample : samples) {
			if (sample.name().equals(name) && labels.test(sample.labels())) {
				total += sample.value();
				found = true;
			}
		}
		return found ? total : Double.NaN;
	}

	/**
	 * Each label set of a metric with its value, such as {@code channel="sms",outcome="sent"}.
	 */
	Map<String, Double> byLabels(String name) {
		Map<String, Double> found = new TreeMap<>();
		samples.stream().filter(sample -> sample.name().equals(name))
			.forEach(sample -> found.merge(sample.labels(), sample.value(), Double::sum));
		return found;
	}

	/**
	 * A histogram's cumulative bucket counts by upper bound, summed over the label sets that
	 * share the values of the given labels, such as {@code POST /bookings} for
	 * {@code method} and {@code uri}.
	 */
	Map<String, NavigableMap<Double, Double>> histograms(String name, String... keys) {
		Map<String, NavigableMap<Double, Double>> found = new TreeMap<>();
		for (Sample sample : samples) {
			if (!sample.name().equals(name + "_bucket")) {
				continue;
			}
			Map<String, String> labels = labels(sample.labels());
			String le = labels.get("le");
			if (le == null || le.equals("+Inf")) {
				continue;
			}
			String key = Arrays.stream(keys).map(k -> labels.getOrDefault(k, "")).collect(Collectors.joining(" "));
			found.computeIfAbsent(key, k -> new TreeMap<>()).merge(Double.parseDouble(le), sample.value(), Double::sum);
		}
		return found;
	}

	private static Map<String, String> labels(String labels) {
		Map<String, String> parsed = new HashMap<>();
		Matcher matcher = LABEL.matcher(labels);
		while (matcher.find()) {
			parsed.put(matcher.group(1), matcher.group(2));
		}
		return parsed;
	}

	/**
	 * The names of the gauges whose names contain any of the words.
	 */
	List<String> gaugesNamed(String... words) {
		return gauges.stream().filter(name -> {
			for (String word : words) {
				if (name.contains(word)) {
					return true;
				}
			}
			return false;
		}).sorted().toList();
	}

	private void parse(String line) {
		int brace = line.indexOf('{');
		int space = brace >= 0 ? line.indexOf(' ', line.lastIndexOf('}')) : line.indexOf(' ');
		if (space < 0) {
			return;
		}
		String name = brace >= 0 && brace < space ? line.substring(0, brace) : line.substring(0, space);
		String labels = brace >= 0 && brace < space ? line.substring(brace + 1, line.lastIndexOf('}')) : "";
		String[] rest = line.substring(space + 1).trim().split(" ");
		try {
			samples.add(new Sample(name, labels, Double.parseDouble(rest[0])));
		}
		catch (NumberFormatException ex) {
			// A value such as NaN written differently; the metric is left out.
		}
	}

	private record Sample(String name, String labels, double value) {
	}

}
