package com.bookingservice.bench.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One scrape of the service's {@code /actuator/prometheus}, in the text format.
 */
final class Prometheus {

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
