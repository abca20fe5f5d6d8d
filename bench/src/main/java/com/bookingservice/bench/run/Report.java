package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.bookingservice.bench.ceiling.BookingCeiling;
import com.bookingservice.bench.run.GatlingReport.RequestStats;

/**
 * Writes the run's Markdown report to {@code bench/results/<UTC date>-<host>.md}.
 */
final class Report {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	private Report() {
	}

	static Path write(Options options, Machine machine, Instant began, Instant ended, List<Results.Variant> variants,
			Results.Ceiling ceiling) throws IOException {
		Report report = new Report();
		report.header(options, machine, began, ended);
		report.summary(variants, ceiling);
		variants.forEach(report::variant);
		report.ceiling(ceiling);
		report.method();
		Files.createDirectories(options.results());
		Path file = options.results().resolve(DAY.format(began) + "-" + machine.host() + ".md");
		Files.writeString(file, report.out.toString());
		return file;
	}

	private void header(Options options, Machine machine, Instant began, Instant ended) {
		line("# Booking service benchmark, " + MINUTE.format(began) + ", " + machine.host());
		line();
		if (!options.note().isBlank()) {
			line("**" + options.note() + "**");
			line();
		}
		String profile = options.profile().name().equals(Profile.FULL.name()) ? "" : " --" + options.profile().name();
		line("`bench/run" + profile + warmupOption(options.profile()) + (options.jfr() ? " --jfr" : "") + "`, "
				+ options.parts() + ", took "
				+ minutes(Duration.between(began, ended)) + ". Gatling's HTML reports, logs and samples are under `"
				+ relative(options.work()) + "`.");
		line();
		line("| Machine | |");
		line("|---|---|");
		line("| cores | " + machine.cores() + " |");
		line("| memory | " + machine.memory() + " |");
		line("| CPU | " + machine.cpuModel() + " |");
		line("| kernel | " + machine.kernel() + " |");
		line("| Java | " + machine.java() + " |");
		line("| load average at start (1, 5, 15 min) | " + machine.loadAverage() + " |");
		line();
	}

	private void summary(List<Results.Variant> variants, Results.Ceiling ceiling) {
		line("## Summary");
		line();
		List<String> head = new ArrayList<>(List.of(""));
		variants.forEach(v -> head.add(v.description()));
		row(head);
		row(head.stream().map(h -> "---").toList());
		summaryRow("sustained rate, bookings/s", variants, v -> num(v.probe().capacity().capacity(), 1));
		summaryRow("steady rate (half of it), bookings/s", variants, v -> num(v.steady().rate(), 1));
		summaryRow("POST /bookings p50 / p99 / max at the steady rate, ms", variants,
				v -> Optional.ofNullable(v.steady().endpoints().get(Capacity.BOOK))
					.map(s -> num(s.p50(), 0) + " / " + num(s.p99(), 0) + " / " + num(s.max(), 0))
					.orElse("-"));
		summaryRow("steady phase kept up (the stairs' test: failures, p95 of POST /bookings)", variants,
				Report::keptUp);
		summaryRow("all requests p99, ms; failed", variants,
				v -> num(v.steady().all().p99(), 0) + "; " + v.steady().all().ko() + " of " + v.steady().all().total());
		summaryRow("notification delay, commit to provider, p50 / p99, s", variants,
				v -> seconds(percentile(v.steady().deliveries().allDelays(), 50)) + " / "
						+ seconds(percentile(v.steady().deliveries().allDelays(), 99)));
		summaryRow("drain after the load", variants, v -> drain(v.steady().drain()));
		summaryRow("notifications lost / duplicated / still pending", variants,
				v -> v.steady().deliveries().lost() + " / " + v.steady().deliveries().duplicates() + " / "
						+ v.steady().deliveries().missingButPending());
		summaryRow("heap max, MB; GC time share; service CPU mean", variants,
				v -> num(v.steady().resources().heapMaxMb(), 0) + "; " + percent(v.steady().resources().gcShare())
						+ "; " + percent(v.steady().resources().processCpuMean()) + " of the machine");
		summaryRow("JIT compilers after the warm-up, cores", variants,
				v -> num(v.steady().resources().jitShare(), 2));
		summaryRow("start-up to healthy, s (Spring Boot's own)", variants,
				v -> num(v.steady().startup().toHealthy().toMillis() / 1000.0, 1) + " ("
						+ v.steady().startup().reportedSeconds().map(s -> num(s, 1)).orElse("-") + ")");
		line();
		ratios(variants, ceiling);
	}

	private void ratios(List<Results.Variant> variants, Results.Ceiling ceiling) {
		Optional<Results.Variant> async = measured(variants, "async");
		Optional<Results.Variant> inline = measured(variants, "inline");
		if (ceiling != null && ceiling.skipped() == null && !ceiling.runs().isEmpty()) {
			for (BookingCeiling.Result run : ceiling.runs()) {
				line("- Database ceiling, " + workload(run) + ": **" + num(run.perSecond(), 0) + " bookings/s** at "
						+ run.connections() + " connections." + async.map(v -> " The service sustains "
								+ percent(v.probe().capacity().capacity() / run.perSecond()) + " of it.").orElse(""));
			}
		}
		if (async.isPresent() && inline.isPresent()) {
			RequestStats a = async.get().steady().endpoints().get(Capacity.BOOK);
			RequestStats i = inline.get().steady().endpoints().get(Capacity.BOOK);
			if (a != null && i != null) {
				line("- POST /bookings p99 with notifications inside the request is " + num(i.p99() / a.p99(), 1)
						+ " times that of the service as it is (" + num(i.p99(), 0) + " ms at "
						+ num(inline.get().steady().rate(), 1) + " bookings/s against " + num(a.p99(), 0) + " ms at "
						+ num(async.get().steady().rate(), 1) + " bookings/s); sustained rates "
						+ num(inline.get().probe().capacity().capacity(), 1) + " against "
						+ num(async.get().probe().capacity().capacity(), 1) + " bookings/s.");
			}
		}
		for (Results.Variant variant : variants) {
			if (variant.skipped() != null) {
				line("- Not measured: " + variant.description() + ". " + variant.skipped());
			}
		}
		if (ceiling != null && ceiling.skipped() != null) {
			line("- Not measured: the database ceiling. " + ceiling.skipped());
		}
		line();
	}

	private void variant(Results.Variant variant) {
		line("## " + capitalized(variant.description()));
		line();
		variant.notes().forEach(note -> line("- " + note));
		if (!variant.notes().isEmpty()) {
			line();
		}
		if (variant.skipped() != null) {
			line("Not measured. " + variant.skipped());
			line();
			return;
		}
		probe(variant.probe());
		steady(variant.steady());
		notifications(variant.steady());
		timeline(variant.steady());
		resources(variant.steady());
		hotspots(variant.steady().hotspots());
		line("<details><summary>Settings passed to the service</summary>");
		line();
		line("```");
		variant.settings().forEach((k, v) -> line("--" + k + "=" + v));
		line("```");
		line("</details>");
		line();
	}

	private static String warmupOption(Profile profile) {
		boolean usual = Stream.of(Profile.QUICK, Profile.FULL, Profile.SOAK)
			.anyMatch(p -> p.name().equals(profile.name()) && p.warmup().equals(profile.warmup()));
		return usual ? "" : " --warmup " + profile.warmup().toSeconds();
	}

	private void probe(Results.Probe probe) {
		line("### Capacity: rising stairs");
		line();
		line("Seeded " + probe.seeded().services() + " services and " + probe.seeded().customers()
				+ " customers; sign-up took " + num(percentileOf(probe.seeded().signUpMillis(), 50), 0)
				+ " ms (p50) and "
				+ "sign-in " + num(percentileOf(probe.seeded().signInMillis(), 50), 0)
				+ " ms (p50), once per customer, outside the load. Report: `" + relative(probe.report()) + "`.");
		line();
		line("| stair | offered bookings/s | made bookings/s | requests/s | failed | POST /bookings p95, ms | p99, ms "
				+ "| service CPU | of which JIT, cores | waiting for a DB connection, max "
				+ "| deliveries pending at the end | sustained |");
		line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
		for (Capacity.Stair stair : probe.capacity().stairs()) {
			line("| " + stair.number() + " | " + num(stair.rate(), 1) + " | " + num(stair.bookingsPerSecond(), 1)
					+ " | "
					+ num(stair.requestsPerSecond(), 1) + " | " + percent(stair.koShare()) + " | "
					+ num(stair.bookP95(), 0) + " | " + num(stair.bookP99(), 0) + " | " + percent(stair.service().cpu())
					+ " | " + num(stair.service().jit(), 2) + " | " + num(stair.service().waitingForConnections(), 0)
					+ " | " + stair.service().pendingAtEnd() + " | "
					+ (stair.sustained() ? "yes" : "no: " + stair.why()) + " |");
		}
		line();
		line("Sustained: **" + num(probe.capacity().capacity(), 1) + " bookings/s**.");
		line();
		problems(probe.logProblems());
	}

	private void problems(Map<String, Long> problems) {
		if (problems.isEmpty()) {
			line("No warning or error in the service's log.");
			line();
			return;
		}
		line("Most frequent warnings and errors in the service's log (numbers and ids blanked):");
		line();
		problems.forEach((shape, count) -> line("- " + count + " × `" + shape.replace("`", "'") + "`"));
		line();
	}

	private void steady(Results.Steady steady) {
		line("### Steady phase: " + num(steady.rate(), 1) + " bookings/s for " + minutes(steady.length()));
		line();
		String rising = steady.warmupRate() < steady.rate() ? ", rising from " + num(steady.warmupRate(), 1)
				+ " bookings/s to the steady rate" : " at the steady rate";
		line("After a warm-up of " + minutes(steady.warmup()) + rising + ". Report: `" + relative(steady.report())
				+ "`." + (steady.payments() ? "" : " Nobody paid online (see above)."));
		line();
		line("| request | count | failed | per s | p50, ms | p95, ms | p99, ms | max, ms |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|");
		double seconds = steady.length().toMillis() / 1000.0;
		steady.endpoints().forEach((name, s) -> line("| " + name + " | " + s.total() + " | " + s.ko() + " | "
				+ num(s.ok() / seconds, 1) + " | " + num(s.p50(), 0) + " | " + num(s.p95(), 0) + " | " + num(s.p99(), 0)
				+ " | " + num(s.max(), 0) + " |"));
		line();
		serviceTimes(steady);
	}

	private void serviceTimes(Results.Steady steady) {
		Map<String, ServiceTimes.Timing> times = ServiceTimes.of(steady.samples(), steady.loadStart(),
				steady.loadEnd());
		if (times.isEmpty()) {
			return;
		}
		line("As the service timed them (`http.server.requests`, from the request's arrival in its filters to the "
				+ "answer, over the same window to within a sample): the upper bound of the histogram bucket that "
				+ "holds each percentile. The difference from Gatling's times is the network, new connections and "
				+ "the waits of a load generator sharing the cores.");
		line();
		line("| method and path | count | p50, ms | p95, ms | p99, ms |");
		line("|---|---:|---:|---:|---:|");
		times.forEach((endpoint, t) -> line("| " + endpoint + " | " + num(t.count(), 0) + " | " + num(t.p50(), 1)
				+ " | " + num(t.p95(), 1) + " | " + num(t.p99(), 1) + " |"));
		line();
	}

	private void notifications(Results.Steady steady) {
		Deliveries.Result d = steady.deliveries();
		line("### Notifications");
		line();
		line("The stand-ins answer after " + Fakes.DELAY + " ms. " + d.changes() + " booking changes seen committed "
				+ "owe " + d.expected() + " messages (SMS, WhatsApp and e-mail each): " + d.received() + " arrived, "
				+ d.missing() + " did not (by their status in the ledger: "
				+ (d.missingByStatus().isEmpty() ? "none" : d.missingByStatus().toString()) + "), "
				+ d.duplicates() + " arrived more than once; "
				+ (d.unexpected().isEmpty() ? "none" : d.unexpected().toString())
				+ " arrived for changes the load did not make itself, " + d.unreadable()
				+ " named no booking. Ledger at the end: " + (d.ledger().isEmpty() ? "none" : d.ledger()) + ".");
		line();
		line("| channel | arrived | commit to provider p50, s | p90, s | p99, s | max, s |");
		line("|---|---:|---:|---:|---:|---:|");
		d.delaysByChannel().forEach((channel, delays) -> line("| " + channel + " | " + delays.size() + " | "
				+ seconds(percentile(delays, 50)) + " | " + seconds(percentile(delays, 90)) + " | "
				+ seconds(percentile(delays, 99)) + " | " + seconds(percentile(delays, 100)) + " |"));
		line();
		line("Drain: " + drain(steady.drain()) + ".");
		line();
		if (!steady.outcomes().isEmpty()) {
			line("The service's own counts (`notification_deliveries_total`): " + steady.outcomes().entrySet().stream()
				.map(e -> e.getKey().replace("\"", "") + " " + num(e.getValue(), 0))
				.collect(java.util.stream.Collectors.joining("; ")) + ".");
			line();
		}
		if (!steady.providerSeconds().isEmpty()) {
			line("Mean provider call as the service timed it: " + steady.providerSeconds().entrySet().stream()
				.map(e -> e.getKey().replace("\"", "") + " " + num(e.getValue(), 2) + " s")
				.collect(java.util.stream.Collectors.joining("; ")) + ".");
			line();
		}
		problems(steady.logProblems());
	}

	private void timeline(Results.Steady steady) {
		List<Sampler.Sample> samples = steady.samples();
		if (samples.size() < 2) {
			return;
		}
		line("### Over time");
		line();
		List<String> gauges = samples.stream().flatMap(s -> s.gauges().keySet().stream()).distinct().sorted().toList();
		List<String> head = new ArrayList<>(List.of("s from load start", "ledger pending"));
		head.addAll(gauges);
		head.addAll(List.of("requests/s", "service CPU", "heap, MB", "DB connections active / waiting"));
		row(head);
		row(head.stream().map(h -> "---:").toList());
		int step = Math.max(1, samples.size() / 15);
		for (int i = step; i < samples.size(); i += step) {
			Sampler.Sample s = samples.get(i);
			Sampler.Sample previous = samples.get(i - step);
			List<String> cells = new ArrayList<>(List.of(num((s.time() - steady.loadStart()) / 1000.0, 0),
					Long.toString(s.dbPending())));
			gauges.forEach(g -> cells.add(num(s.gauges().getOrDefault(g, Double.NaN), 0)));
			double rate = (s.httpRequests() - previous.httpRequests()) / ((s.time() - previous.time()) / 1000.0);
			cells.addAll(List.of(num(rate, 1), percent(s.processCpu()), num(s.heapBytes() / 1024 / 1024, 0),
					num(s.hikariActive(), 0) + " / " + num(s.hikariPending(), 0)));
			row(cells);
		}
		line();
		line("The load ran from 0 to " + num((steady.loadEnd() - steady.loadStart()) / 1000.0, 0)
				+ " s; the rest is the drain. The gauges are the service's own; the ledger count is read from its "
				+ "database.");
		line();
	}

	private void resources(Results.Steady steady) {
		Results.Resources r = steady.resources();
		line("### Resources during the load (warm-up included)");
		line();
		line("Heap used max " + num(r.heapMaxMb(), 0) + " MB, mean " + num(r.heapMeanMb(), 0) + " MB (of -Xmx512m); "
				+ "GC pauses " + percent(r.gcShare()) + " of the time; service process CPU mean "
				+ percent(r.processCpuMean()) + ", max " + percent(r.processCpuMax()) + " of the machine. "
				+ "After the warm-up, its JIT compilers still took " + num(r.jitShare(), 2)
				+ " cores (their time per second, summed over their threads).");
		line();
		double available = r.windowSeconds() * Runtime.getRuntime().availableProcessors();
		line("CPU over the " + num(r.windowSeconds(), 0) + " s of the Gatling run, Maven's start included:");
		line();
		line("| process | CPU seconds | share of the machine's " + num(available, 0) + " core-seconds |");
		line("|---|---:|---:|");
		r.cpuSeconds().forEach((process, cpu) -> line("| " + process + " | " + num(cpu, 1) + " | "
				+ percent(cpu / available) + " |"));
		line();
	}

	private void hotspots(FlightRecording.Hotspots hotspots) {
		if (hotspots == null) {
			return;
		}
		line("### Where the service's CPU went (flight recording of the measured load)");
		line();
		line(hotspots.samples() + " execution samples; " + hotspots.exceptions() + " exceptions thrown.");
		line();
		shares("thread", hotspots.byPool(), hotspots.samples());
		shares("innermost frame of the service's own code", hotspots.byOwnFrame(), hotspots.samples());
		shares("exception thrown", hotspots.byException(), hotspots.exceptions());
	}

	private void shares(String what, Map<String, Long> counts, int total) {
		line("| " + what + " | samples | share |");
		line("|---|---:|---:|");
		counts.forEach((key, count) -> line("| `" + key.replace("|", "/").replace("`", "'") + "` | " + count + " | "
				+ percent(total == 0 ? Double.NaN : (double) count / total) + " |"));
		line();
	}

	private void ceiling(Results.Ceiling ceiling) {
		if (ceiling == null) {
			return;
		}
		line("## Database ceiling");
		line();
		if (ceiling.skipped() != null) {
			line("Not measured. " + ceiling.skipped());
			line();
			return;
		}
		line("Plain JDBC, one connection per thread at the service's pool size, against the embedded PostgreSQL "
				+ "of an idle service (" + (ceiling.runs().isEmpty() ? "" : ceiling.runs().getFirst().settings())
				+ "); bookings spread over the services and 60 days of slots. See "
				+ "`bench/src/main/java/com/bookingservice/bench/ceiling/Workload.java` for the statements.");
		line();
		line("| statements | per booking | connections | bookings/s | p50, ms | p99, ms | failed |");
		line("|---|---:|---:|---:|---:|---:|---:|");
		for (BookingCeiling.Result run : ceiling.runs()) {
			line("| " + workload(run) + " | " + run.workload().statements() + " | " + run.connections() + " | "
					+ num(run.perSecond(), 1) + " | " + num(run.percentileMillis(50), 1) + " | "
					+ num(run.percentileMillis(99), 1) + " | " + run.failures() + " |");
		}
		line();
	}

	private void method() {
		line("## How it was measured");
		line();
		line("- Open model: virtual users arrive at a fixed rate whatever the service's speed. Per booking that "
				+ "arrives, half a browsing customer and half a staff member arrive too; 30% of bookings are paid "
				+ "online when the service takes payments. Customers sign in once, before the load.");
		line("- Capacity: stairs of rising rates on a fresh database. A stair is sustained when at most 1% of its "
				+ "requests failed, all but 2% (or one) of its bookings were made and the p95 of POST /bookings "
				+ "stayed within twice the best stair's plus 250 ms. The steady phase runs on another fresh database "
				+ "at half the last sustained rate. Work the service defers, such as notifications, is not part of "
				+ "a stair's test: the deliveries pending at each stair's end show it, and the steady phase, which "
				+ "lasts longer, is put to the same test.");
		line("- Notification delay: from the booking change's time as the service reports it (created_at or "
				+ "updated_at) to the message's arrival at the stand-in; same machine, same clock.");
		line("- CPU seconds from /proc for each process tree; 'everything else' is what other processes used, "
				+ "so a busy machine shows there.");
		line();
	}

	private void summaryRow(String label, List<Results.Variant> variants,
			java.util.function.Function<Results.Variant, String> value) {
		List<String> cells = new ArrayList<>(List.of(label));
		variants.forEach(v -> cells.add(v.skipped() != null ? "not measured" : value.apply(v)));
		row(cells);
	}

	/**
	 * Whether the steady phase passes the test a stair must pass, against the best stair.
	 */
	private static String keptUp(Results.Variant variant) {
		double best = variant.probe().capacity().stairs().stream().mapToDouble(Capacity.Stair::bookP95)
			.filter(p -> !Double.isNaN(p)).min().orElse(Double.NaN);
		RequestStats book = variant.steady().endpoints().get(Capacity.BOOK);
		double limit = 2 * best + 250;
		boolean failures = variant.steady().all().koShare() <= 0.01;
		boolean latency = book != null && book.p95() <= limit;
		if (failures && latency) {
			return "yes";
		}
		return "no: " + (failures ? "" : percent(variant.steady().all().koShare()) + " failed; ")
				+ (latency ? "" : "p95 " + (book == null ? "-" : num(book.p95(), 0)) + " ms over " + num(limit, 0)
						+ " ms");
	}

	private static Optional<Results.Variant> measured(List<Results.Variant> variants, String name) {
		return variants.stream().filter(v -> v.name().equals(name) && v.skipped() == null).findFirst();
	}

	private static String workload(BookingCeiling.Result run) {
		return switch (run.workload()) {
			case SERVICE_STATEMENTS -> "the service's statements";
			case CORE -> "lock, count, insert only";
		};
	}

	private static String drain(Results.Drain drain) {
		return drain.drained() ? "empty after " + num(drain.took().toMillis() / 1000.0, 1) + " s"
				: "not empty after " + num(drain.took().toMillis() / 1000.0, 0) + " s: " + drain.remaining()
						+ " pending, draining at " + num(drain.sentPerSecond(), 1) + "/s"
						+ (drain.sentPerSecond() > 0 ? ", about " + minutes(Duration.ofSeconds(
								(long) (drain.remaining() / drain.sentPerSecond()))) + " more" : "");
	}

	static double percentile(List<Long> values, double percentile) {
		return percentileOf(values.stream().mapToLong(Long::longValue).sorted().toArray(), percentile);
	}

	static double percentileOf(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	private static String seconds(double millis) {
		return Double.isNaN(millis) ? "-" : num(millis / 1000.0, 2);
	}

	private static String num(double value, int decimals) {
		return Double.isNaN(value) || Double.isInfinite(value) ? "-"
				: String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String percent(double share) {
		return Double.isNaN(share) || Double.isInfinite(share) ? "-"
				: String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	private static String minutes(Duration duration) {
		long seconds = duration.toSeconds();
		return seconds < 120 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String relative(Path path) {
		Path cwd = Path.of("").toAbsolutePath();
		return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
	}

	private void row(List<String> cells) {
		line("| " + String.join(" | ", cells) + " |");
	}

	private void line(String text) {
		out.append(text).append('\n');
	}

	private void line() {
		out.append('\n');
	}

}
