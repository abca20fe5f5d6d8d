package com.bookingservice.database;

import java.io.IOException;

/**
 * A small shell process that asks the postmaster for a fast shutdown as soon as this JVM is
 * gone, so that a killed application leaves no server running.
 * <p>
 * It checks every second whether the JVM and the postmaster still run, counting processes
 * that exited but were not yet reaped as gone. It ignores interrupts and hang-ups from the
 * terminal, and exits by itself once the postmaster has stopped.
 */
final class PostmasterWatchdog implements AutoCloseable {

	private static final String SCRIPT = """
			trap '' INT HUP
			alive() { kill -0 "$1" 2>/dev/null && ! grep -q '^[0-9]* (.*) Z' "/proc/$1/stat" 2>/dev/null; }
			while alive "$1" && alive "$2"; do sleep 1; done
			alive "$1" || kill -INT "$2" 2>/dev/null
			""";

	private final Process process;

	private PostmasterWatchdog(Process process) {
		this.process = process;
	}

	/**
	 * Starts watching this JVM on behalf of a postmaster.
	 */
	static PostmasterWatchdog watch(Postmaster postmaster) throws IOException {
		String jvm = Long.toString(ProcessHandle.current().pid());
		Process process = new ProcessBuilder("sh", "-c", SCRIPT, "postmaster-watchdog", jvm,
				Long.toString(postmaster.pid()))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		return new PostmasterWatchdog(process);
	}

	/**
	 * Ends the watchdog, before the server is stopped the ordinary way.
	 */
	@Override
	public void close() {
		this.process.destroy();
	}

}
