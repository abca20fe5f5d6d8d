package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The processes this run started. Each one's id is appended to a file, so that bench/run can
 * stop them even if this JVM dies; closing stops every one still alive, with its descendants,
 * politely first and forcibly after a grace period.
 */
final class Children implements AutoCloseable {

	private static final Duration GRACE = Duration.ofSeconds(40);

	private static final Duration LEFT_ALONE = Duration.ofSeconds(5);

	private final Path pidFile;

	private final List<ProcessHandle> started = new ArrayList<>();

	Children(Path pidFile) {
		this.pidFile = pidFile;
	}

	/**
	 * Starts a process with its output in a log file.
	 */
	synchronized Process start(List<String> command, Map<String, String> environment, Path workingDirectory,
			Path log) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		started.add(process.toHandle());
		Files.writeString(pidFile, process.pid() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		return process;
	}

	/**
	 * Stops a process, then what it started: the process first, so that it can stop its own
	 * helpers (the service's database watchdog, for one), politely and after a grace period
	 * forcibly; then any descendant still alive a little later.
	 */
	static void stop(ProcessHandle process) {
		List<ProcessHandle> descendants = process.descendants().toList();
		process.destroy();
		if (!exited(process, GRACE)) {
			process.destroyForcibly();
			exited(process, Duration.ofSeconds(5));
		}
		descendants.stream().filter(d -> !exited(d, LEFT_ALONE)).forEach(Children::stopNow);
	}

	/**
	 * Stops a process that should be gone: SIGTERM, then SIGKILL after a short wait.
	 */
	static void stopNow(ProcessHandle process) {
		process.destroy();
		if (!exited(process, Duration.ofSeconds(10))) {
			process.destroyForcibly();
		}
	}

	private static boolean exited(ProcessHandle process, Duration wait) {
		try {
			process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception ex) {
			return !process.isAlive();
		}
	}

	@Override
	public synchronized void close() {
		started.reversed().stream().filter(ProcessHandle::isAlive).forEach(Children::stop);
	}

}
