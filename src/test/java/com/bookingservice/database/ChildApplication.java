package com.bookingservice.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@link KillableApplication} running in a child JVM on the test's class path, with its
 * output in a log file.
 *
 * @param process the child JVM
 * @param log the file that holds the child's output
 */
record ChildApplication(Process process, Path log) {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * Starts the application on a data directory, to commit the given note.
	 */
	static ChildApplication start(Path dataDirectory, String note, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				KillableApplication.class.getName(), dataDirectory.toString(), note)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		return new ChildApplication(process, log);
	}

	void awaitReady() {
		await().atMost(STARTUP_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(this::isReady);
	}

	/**
	 * Kills the watchdog shell that the application started, with SIGKILL.
	 */
	void killWatchdog() {
		List<ProcessHandle> shells = this.process.children()
			.filter((child) -> child.info().command().orElse("").endsWith("sh"))
			.toList();

		assertThat(shells).as("watchdog processes").hasSize(1);
		shells.forEach(ProcessHandle::destroyForcibly);
		await().atMost(Duration.ofSeconds(5)).until(() -> shells.stream().noneMatch(ProcessHandle::isAlive));
	}

	/**
	 * Kills the application with SIGKILL, as {@code kill -9} does, and reaps it.
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	private boolean isReady() throws IOException {
		List<String> output = Files.readAllLines(this.log);
		if (!this.process.isAlive()) {
			throw new AssertionError("The child application exited early:%n%s".formatted(String.join("\n", output)));
		}
		return output.contains(KillableApplication.READY);
	}

}
