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

	private static final Duration GRACE = Duration.ofSeconds(25);

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
	 * Stops a process and its descendants: SIGTERM, then SIGKILL after the grace period.
	 */
	static void stop(ProcessHandle process) {
		List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
		family.addFirst(process);
		family.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + GRACE.toNanos();
		for (ProcessHandle member : family) {
			try {
				long left = Math.max(1, deadline - System.nanoTime());
				member.onExit().get(left, TimeUnit.NANOSECONDS);
			}
			catch (Exception ex) {
				member.destroyForcibly();
			}
		}
	}

	@Override
	public synchronized void close() {
		started.reversed().stream().filter(ProcessHandle::isAlive).forEach(Children::stop);
	}

}
