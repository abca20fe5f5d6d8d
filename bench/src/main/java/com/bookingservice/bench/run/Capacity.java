package com.bookingservice.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bookingservice.bench.run.GatlingReport.RequestStats;

/**
 * Finds the highest arrival rate the service sustains from the stairs of a probe. A stair is
 * sustained when at most 1% of its requests failed, all but 2% (or one) of the bookings offered
 * on it were made, and the 95th percentile of {@code POST /bookings} stayed within twice the best of
 * the stairs so far plus 250 ms, that is, no queue built up. The capacity is the rate of the
 * last stair before the first one that was not sustained.
 */
final class Capacity {

	static final String BOOK = "POST /bookings";

	static final String BOOK_AND_PAY = "POST /bookings/razorpay-booking";

	private Capacity() {
	}

	static Result of(Map<String, RequestStats> stats, List<Double> rates, int stairSeconds,
			List<Sampler.Sample> samples, long stairsBegan) {
		List<Stair> stairs = new ArrayList<>();
		double bestP95 = Double.MAX_VALUE;
		double capacity = 0;
		boolean holding = true;
		for (int i = 0; i < rates.size(); i++) {
			Map<String, RequestStats> stair = GatlingReport.withPrefix(stats, "L%02d ".formatted(i + 1));
			if (stair.isEmpty()) {
				break;
			}
			long from = stairsBegan + i * stairSeconds * 1000L;
			Service measuredService = Service.of(samples, from, from + stairSeconds * 1000L);
			Stair measured = stair(i + 1, rates.get(i), stairSeconds, stair, bestP95, measuredService);
			bestP95 = Math.min(bestP95, measured.bookP95());
			stairs.add(measured);
			holding = holding && measured.sustained();
			if (holding) {
				capacity = measured.rate();
			}
		}
		return new Result(stairs, capacity);
	}

	private static Stair stair(int number, double rate, int seconds, Map<String, RequestStats> stair,
			double bestP95, Service service) {
		long total = stair.values().stream().mapToLong(RequestStats::total).sum();
		long failed = stair.values().stream().mapToLong(RequestStats::ko).sum();
		long made = ok(stair, BOOK) + ok(stair, BOOK_AND_PAY);
		double offered = rate * seconds;
		double p95 = stair.containsKey(BOOK) ? stair.get(BOOK).p95() : Double.NaN;
		double p99 = stair.containsKey(BOOK) ? stair.get(BOOK).p99() : Double.NaN;
		double koShare = total == 0 ? 1 : (double) failed / total;

		List<String> problems = new ArrayList<>();
		if (koShare > 0.01) {
			problems.add("%.1f%% failed".formatted(koShare * 100));
		}
		if (made < offered - Math.max(1, 0.02 * offered)) {
			problems.add("%d of %.0f bookings made".formatted(made, offered));
		}
		double limit = bestP95 == Double.MAX_VALUE ? Double.MAX_VALUE : 2 * bestP95 + 250;
		if (!(p95 <= limit)) {
			problems.add("p95 %.0f ms over %.0f ms".formatted(p95, limit));
		}
		return new Stair(number, rate, made / (double) seconds, total / (double) seconds, koShare, p95, p99,
				service, problems.isEmpty(), String.join("; ", problems));
	}

	private static long ok(Map<String, RequestStats> stair, String name) {
		RequestStats stats = stair.get(name);
		return stats == null ? 0 : stats.ok();
	}

	/**
	 * One stair of the probe.
	 *
	 * @param bookingsPerSecond bookings made per second of the stair
	 * @param requestsPerSecond requests sent per second of the stair
	 * @param service what the service's metrics said during the stair
	 * @param why what kept it from being sustained, or empty
	 */
	record Stair(int number, double rate, double bookingsPerSecond, double requestsPerSecond, double koShare,
			double bookP95, double bookP99, Service service, boolean sustained, String why) {
	}

	/**
	 * The service during a stair: deliveries pending at its end, its process's mean CPU share,
	 * the most requests waiting for a database connection, and its JIT compilers' time per
	 * second.
	 */
	record Service(long pendingAtEnd, double cpu, double waitingForConnections, double jit) {

		static Service of(List<Sampler.Sample> samples, long from, long to) {
			List<Sampler.Sample> window = samples.stream().filter(s -> s.time() >= from && s.time() <= to).toList();
			long pending = window.isEmpty() ? -1 : window.getLast().dbPending();
			double cpu = window.stream().mapToDouble(Sampler.Sample::processCpu).filter(v -> !Double.isNaN(v))
				.average().orElse(Double.NaN);
			double waiting = window.stream().mapToDouble(Sampler.Sample::hikariPending).filter(v -> !Double.isNaN(v))
				.max().orElse(Double.NaN);
			return new Service(pending, cpu, waiting, Resources.perSecond(window, Sampler.Sample::jitSeconds));
		}

	}

	/**
	 * The stairs, and the highest rate sustained, or 0 if not even the first was.
	 */
	record Result(List<Stair> stairs, double capacity) {
	}

}
