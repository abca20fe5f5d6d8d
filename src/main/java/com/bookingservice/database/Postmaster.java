package com.bookingservice.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The postmaster of a PostgreSQL server: the process whose id heads the
 * {@code postmaster.pid} file of the server's data directory.
 * <p>
 * The id is the one every other process sees, also when the server runs in a user
 * namespace of its own, as the embedded library does when started by root.
 *
 * @param pid the process id
 */
record Postmaster(long pid) {

	private static final String PID_FILE = "postmaster.pid";

	private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

	/**
	 * Reads the postmaster named in a data directory, if the directory has a pid file.
	 */
	static Optional<Postmaster> of(Path dataDirectory) {
		return firstLine(dataDirectory.resolve(PID_FILE))
			.map(String::strip)
			.filter((line) -> line.matches("\\d{1,18}"))
			.map(Long::parseLong)
			.map(Postmaster::new);
	}

	/**
	 * Whether the process still runs; a process that exited but was not yet reaped by its
	 * parent does not count.
	 */
	boolean isRunning() {
		return ProcessHandle.of(this.pid).filter(ProcessHandle::isAlive).isPresent() && !isZombie();
	}

	/**
	 * Whether the process runs a PostgreSQL server binary, rather than being an unrelated
	 * process that was given the id of a server long gone.
	 */
	boolean isPostgres() {
		return ProcessHandle.of(this.pid)
			.flatMap((process) -> process.info().command())
			.map((command) -> Path.of(command).getFileName().toString())
			.filter((name) -> name.startsWith("postgres"))
			.isPresent();
	}

	/**
	 * Asks the server for a fast shutdown: it ends open sessions, writes a checkpoint and exits.
	 */
	void requestFastShutdown() throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("sh", "-c", "kill -INT \"$1\"", "kill", Long.toString(this.pid))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		kill.waitFor();
	}

	/**
	 * Waits until the process has exited, and tells whether it did within the timeout.
	 */
	boolean awaitExit(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (isRunning()) {
			if (System.nanoTime() - deadline > 0) {
				return false;
			}
			Thread.sleep(POLL_INTERVAL);
		}
		return true;
	}

	private boolean isZombie() {
		try {
			return firstLine(Path.of("/proc", Long.toString(this.pid), "stat"))
				.map((stat) -> stat.substring(stat.lastIndexOf(')') + 1).strip())
				.filter((state) -> state.startsWith("Z"))
				.isPresent();
		}
		catch (UncheckedIOException ex) {
			return false;
		}
	}

	private static Optional<String> firstLine(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.stream().findFirst();
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
