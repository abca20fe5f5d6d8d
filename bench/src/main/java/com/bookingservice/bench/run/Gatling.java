package com.bookingservice.bench.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Runs the Gatling simulation through its Maven plugin with a plan, and finds the report.
 */
final class Gatling {

	private Gatling() {
	}

	/**
	 * Runs the load and waits for it.
	 */
	static Run run(Children children, Options options, Properties plan, Path directory)
			throws IOException, InterruptedException {
		Files.createDirectories(directory);
		Path clock = directory.resolve("clock.txt");
		plan.setProperty("clock-file", clock.toString());
		Path planFile = directory.resolve("plan.properties");
		try (Writer out = Files.newBufferedWriter(planFile)) {
			plan.store(out, "The load of one Gatling run");
		}
		Path results = directory.resolve("gatling");
		List<String> command = List.of(options.mvnw().toString(), "-B", "-f", options.benchPom().toString(),
				"gatling:test", "-Dbench.gatling.results=" + results);
		Process process = children.start(command, Map.of("BENCH_PLAN", planFile.toString()), directory,
				directory.resolve("gatling.log"));
		int exit = process.waitFor();
		Path report = report(results);
		if (report == null) {
			throw new IOException("Gatling ended with exit " + exit + " and no report; see "
					+ directory.resolve("gatling.log") + ":\n" + Service.tail(directory.resolve("gatling.log"), 30));
		}
		String[] times = Files.readString(clock).trim().split(",");
		return new Run(report, Long.parseLong(times[0]), Long.parseLong(times[1]));
	}

	/**
	 * A finished load.
	 *
	 * @param report the folder of Gatling's HTML report
	 * @param began when the first user was injected, in epoch milliseconds
	 * @param ended when the last user finished
	 */
	record Run(Path report, long began, long ended) {
	}

	private static Path report(Path results) throws IOException {
		if (!Files.isDirectory(results)) {
			return null;
		}
		try (Stream<Path> runs = Files.list(results)) {
			return runs.filter(run -> Files.exists(run.resolve("index.html"))).findFirst().orElse(null);
		}
	}

}
