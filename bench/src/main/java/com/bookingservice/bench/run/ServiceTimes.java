package com.bookingservice.bench.run;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How long the service itself took to answer, per method and path pattern, over a window of
 * the load: the difference of its {@code http.server.requests} histograms between the first
 * sample in the window and the last. Gatling's times add the network, the load generator's
 * own waits and new connections; these are from the request's arrival in Spring MVC's filter
 * to its answer.
 */
final class ServiceTimes {

	private ServiceTimes() {
	}

	/**
	 * @return by method and path pattern, the most requested first
	 */
	static Map<String, Timing> of(List<Sampler.Sample> samples, long from, long to) {
		List<Sampler.Sample> window = samples.stream()
			.filter(s -> s.time() >= from && s.time() <= to && !s.requestTimes().isEmpty())
			.toList();
		if (window.size() < 2) {
			return Map.of();
		}
		Map<String, NavigableMap<Double, Double>> first = window.getFirst().requestTimes();
		return window.getLast()
			.requestTimes()
			.entrySet()
			.stream()
			.flatMap(last -> timing(last.getValue(), first.get(last.getKey())).map(t -> Map.entry(last.getKey(), t))
				.stream())
			.sorted(Map.Entry.<String, Timing>comparingByValue(Comparator.comparingDouble(Timing::count)).reversed())
			.collect(LinkedHashMap::new, (map, e) -> map.put(e.getKey(), e.getValue()), Map::putAll);
	}

	private static Optional<Timing> timing(NavigableMap<Double, Double> last, NavigableMap<Double, Double> first) {
		NavigableMap<Double, Double> counts = new TreeMap<>();
		last.forEach((le, count) -> counts.put(le, count - (first == null ? 0 : first.getOrDefault(le, 0.0))));
		double total = counts.isEmpty() ? 0 : counts.lastEntry().getValue();
		if (total <= 0) {
			return Optional.empty();
		}
		return Optional.of(new Timing(total, bound(counts, total, 0.50), bound(counts, total, 0.95),
				bound(counts, total, 0.99)));
	}

	/**
	 * The upper bound, in milliseconds, of the bucket that holds the quantile.
	 */
	private static double bound(NavigableMap<Double, Double> counts, double total, double quantile) {
		return counts.entrySet()
			.stream()
			.filter(entry -> entry.getValue() >= quantile * total)
			.findFirst()
			.map(entry -> entry.getKey() * 1000)
			.orElse(Double.NaN);
	}

	/**
	 * Requests answered in the window, and the upper bounds of the buckets that hold their
	 * percentiles, in milliseconds.
	 */
	record Timing(double count, double p50, double p95, double p99) {
	}

}
