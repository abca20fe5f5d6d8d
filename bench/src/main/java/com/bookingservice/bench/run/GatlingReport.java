package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statistics table of a Gatling HTML report: one row per request name, with its
 * counts and response times. Gatling 3.15 writes its statistics nowhere else in a readable
 * form (its simulation.log is binary), so the table's header is checked by name and a change
 * of layout fails loudly instead of being misread.
 */
final class GatlingReport {

	static final String ALL = "All Requests";

	private static final Pattern HEADER = Pattern
		.compile("<th[^>]*id=\"col-(\\d+)\"[^>]*>(?:\\s*<span>)?(?:\\s*<abbr[^>]*>)?\\s*([^<]+)");

	private static final Pattern ROW = Pattern.compile("<tr id=\"[^\"]*\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

	private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*col-(\\d+)\">([^<]*)</td>");

	private static final List<String> COLUMNS = List.of("Total", "OK", "KO", "% KO", "Cnt/s", "Min", "50th pct",
			"95th pct", "99th pct", "99.9th pct", "Max", "Mean");

	private GatlingReport() {
	}

	static Map<String, RequestStats> read(Path report) throws IOException {
		String html = Files.readString(report.resolve("index.html"));
		Map<String, Integer> columns = columns(html);
		Map<String, RequestStats> stats = new LinkedHashMap<>();
		Matcher row = ROW.matcher(html);
		while (row.find()) {
			Matcher name = NAME.matcher(row.group(1));
			if (!name.find()) {
				continue;
			}
			Map<Integer, String> cells = new HashMap<>();
			Matcher cell = CELL.matcher(row.group(1));
			while (cell.find()) {
				cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
			}
			stats.put(unescape(name.group(1)), stats(cells, columns));
		}
		if (!stats.containsKey(ALL)) {
			throw new IOException("Gatling's report " + report + " has no '" + ALL + "' row: its layout has changed.");
		}
		return stats;
	}

	private static Map<String, Integer> columns(String html) throws IOException {
		Map<String, Integer> columns = new HashMap<>();
		Matcher header = HEADER.matcher(html);
		while (header.find()) {
			columns.putIfAbsent(header.group(2).trim(), Integer.parseInt(header.group(1)));
		}
		for (String column : COLUMNS) {
			if (!columns.containsKey(column)) {
				throw new IOException("Gatling's statistics table has no column '" + column
						+ "': its layout has changed; the columns found are " + columns.keySet());
			}
		}
		return columns;
	}

	private static RequestStats stats(Map<Integer, String> cells, Map<String, Integer> columns) {
		java.util.function.ToDoubleFunction<String> value = column -> number(cells.get(columns.get(column)));
		return new RequestStats((long) value.applyAsDouble("Total"), (long) value.applyAsDouble("OK"),
				(long) value.applyAsDouble("KO"), value.applyAsDouble("Cnt/s"), value.applyAsDouble("Min"),
				value.applyAsDouble("50th pct"), value.applyAsDouble("95th pct"), value.applyAsDouble("99th pct"),
				value.applyAsDouble("99.9th pct"), value.applyAsDouble("Max"), value.applyAsDouble("Mean"));
	}

	private static double number(String text) {
		if (text == null || text.isEmpty() || text.equals("-")) {
			return Double.NaN;
		}
		return Double.parseDouble(text.replace(",", ""));
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
			.replace("&#39;", "'");
	}

	/**
	 * One request name's statistics; response times in milliseconds.
	 */
	record RequestStats(long total, long ok, long ko, double perSecond, double min, double p50, double p95,
			double p99, double p999, double max, double mean) {

		double koShare() {
			return total == 0 ? 0 : (double) ko / total;
		}

	}

	/**
	 * The statistics of the requests whose names start with a prefix, without it.
	 */
	static Map<String, RequestStats> withPrefix(Map<String, RequestStats> all, String prefix) {
		Map<String, RequestStats> found = new LinkedHashMap<>();
		all.forEach((name, stats) -> {
			if (name.startsWith(prefix) && !name.equals(ALL)) {
				found.put(name.substring(prefix.length()), stats);
			}
		});
		return found;
	}

	static Optional<RequestStats> find(Map<String, RequestStats> stats, String name) {
		return Optional.ofNullable(stats.get(name));
	}

}
