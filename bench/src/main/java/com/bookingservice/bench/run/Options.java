package com.bookingservice.bench.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How bench/run was asked to run.
 *
 * @param profile how long and how hard: the stairs, the steady phase, the drain and the ceiling
 * @param parts which of {@code async}, {@code inline} and {@code ceiling} to run
 * @param jfr whether the service records a flight recording
 * @param note a line for the report, such as that the machine was busy
 * @param serviceJar the booking service's jar
 * @param java the Java launcher the service runs on
 * @param mvnw the Maven wrapper that runs Gatling
 * @param benchPom the bench's pom
 * @param work where this run keeps its files, under bench/target
 * @param results where the Markdown report goes
 * @param pidFile where the ids of started processes are written for bench/run
 */
record Options(Profile profile, Set<String> parts, boolean jfr, String note, Path serviceJar, Path java,
		Path mvnw, Path benchPom, Path work, Path results, Path pidFile) {

	static final Set<String> ALL_PARTS = Set.of("async", "inline", "ceiling");

	static Options parse(String[] args) {
		Profile profile = Profile.FULL;
		Set<String> parts = new LinkedHashSet<>(List.of("async", "inline", "ceiling"));
		boolean jfr = false;
		String note = "";
		Duration warmup = null;
		Path jar = null;
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Path mvnw = null;
		Path pom = null;
		Path work = null;
		Path results = null;
		Path pids = null;
		List<String> rest = new ArrayList<>(List.of(args));
		while (!rest.isEmpty()) {
			String arg = rest.removeFirst();
			switch (arg) {
				case "--quick" -> profile = Profile.QUICK;
				case "--full" -> profile = Profile.FULL;
				case "--soak" -> profile = Profile.SOAK;
				case "--jfr" -> jfr = true;
				case "--only" -> parts = parts(value(rest, arg));
				case "--note" -> note = value(rest, arg);
				case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value(rest, arg)));
				case "--service-jar" -> jar = Path.of(value(rest, arg));
				case "--java" -> java = Path.of(value(rest, arg));
				case "--mvnw" -> mvnw = Path.of(value(rest, arg));
				case "--bench-pom" -> pom = Path.of(value(rest, arg));
				case "--work" -> work = Path.of(value(rest, arg));
				case "--results" -> results = Path.of(value(rest, arg));
				case "--pid-file" -> pids = Path.of(value(rest, arg));
				default -> throw new IllegalArgumentException("Unknown option " + arg);
			}
		}
		if (warmup != null) {
			profile = profile.withWarmup(warmup);
		}
		return new Options(profile, parts, jfr, note, required(jar, "--service-jar"), java, required(mvnw, "--mvnw"),
				required(pom, "--bench-pom"), required(work, "--work"), required(results, "--results"),
				required(pids, "--pid-file"));
	}

	private static Set<String> parts(String list) {
		Set<String> parts = new LinkedHashSet<>();
		for (String part : list.split(",")) {
			if (!ALL_PARTS.contains(part.trim())) {
				throw new IllegalArgumentException("--only takes async, inline and ceiling, not " + part);
			}
			parts.add(part.trim());
		}
		return parts;
	}

	private static String value(List<String> rest, String option) {
		if (rest.isEmpty()) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return rest.removeFirst();
	}

	private static Path required(Path path, String option) {
		if (path == null) {
			throw new IllegalArgumentException(option + " is required");
		}
		return path.toAbsolutePath();
	}

}
