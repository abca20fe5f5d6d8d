package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the booking service's jar on its own embedded PostgreSQL, in a fresh data
 * directory, with its settings given on the command line.
 */
final class Service implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final Pattern STARTED = Pattern
		.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	private final Process process;

	private final Path dataDirectory;

	private final Path log;

	private final Api api;

	private final int databasePort;

	private final Duration startup;

	private Service(Process process, Path dataDirectory, Path log, Api api, int databasePort, Duration startup) {
		this.process = process;
		this.dataDirectory = dataDirectory;
		this.log = log;
		this.api = api;
		this.databasePort = databasePort;
		this.startup = startup;
	}

	/**
	 * Starts the service and waits until its health is UP.
	 *
	 * @param properties settings passed as {@code --name=value}
	 * @param jfr whether to record a flight recording into the directory
	 */
	static Service start(Children children, Path java, Path jar, Path directory, Map<String, String> properties,
			boolean jfr) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		int port = Ports.free();
		int databasePort = Ports.free();
		List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m"));
		if (jfr) {
			// Deep enough for a request's whole stack, so that samples are told apart by endpoint.
			command.add("-XX:FlightRecorderOptions:stackdepth=512");
			command.add("-XX:StartFlightRecording=filename=" + directory.resolve("service.jfr")
					+ ",settings=profile,dumponexit=true");
		}
		command.addAll(List.of("-jar", jar.toString()));
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		command.add("--booking.database.embedded.data-directory=" + directory.resolve("postgres"));
		command.add("--booking.database.embedded.port=" + databasePort);
		properties.forEach((name, value) -> command.add("--" + name + "=" + value));

		Path log = directory.resolve("service.log");
		long started = System.nanoTime();
		Process process = children.start(command, Map.of(), directory, log);
		Api api = new Api("http://127.0.0.1:" + port);
		awaitHealthy(process, api, log);
		return new Service(process, directory.resolve("postgres"), log, api, databasePort,
				Duration.ofNanos(System.nanoTime() - started));
	}

	Api api() {
		return api;
	}

	long pid() {
		return process.pid();
	}

	ProcessHandle handle() {
		return process.toHandle();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres";
	}

	/**
	 * From starting the process to a healthy answer, as the bench saw it.
	 */
	Duration startup() {
		return startup;
	}

	/**
	 * What Spring Boot logged as its start-up time, in seconds, if it did.
	 */
	Optional<Double> reportedStartup() throws IOException {
		Matcher matcher = STARTED.matcher(Files.readString(log));
		return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
	}

	Path log() {
		return log;
	}

	/**
	 * Stops the service, and its PostgreSQL server should the service not have stopped it:
	 * the server runs detached from the service, and is found by the process id it wrote.
	 */
	@Override
	public void close() {
		Children.stop(process.toHandle());
		postmaster().ifPresent(Children::stopNow);
	}

	private Optional<ProcessHandle> postmaster() {
		try {
			String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim();
			return ProcessHandle.of(Long.parseLong(pid))
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info().commandLine().orElse("").contains(dataDirectory.toString()));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static void awaitHealthy(Process process, Api api, Path log) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("The booking service stopped while starting (exit " + process.exitValue()
						+ "). The end of its log, " + log + ":\n" + tail(log, 40));
			}
			if (api.status("/actuator/health") == 200) {
				return;
			}
			Thread.sleep(200);
		}
		throw new IOException("The booking service was not healthy within " + START_TIMEOUT + "; see " + log);
	}

	static String tail(Path file, int lines) throws IOException {
		List<String> all = Files.readAllLines(file);
		return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
	}

}
