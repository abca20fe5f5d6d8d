package com.bookingservice.database;

import java.nio.file.Path;

/**
 * A stand-in for the application, run in a child JVM so that a test can kill it: starts the
 * embedded server the way the application does, commits a note and waits to be killed.
 */
final class KillableApplication {

	static final String READY = "killable application ready";

	private KillableApplication() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Notes.durableServerIn(Path.of(args[0])));
		Notes.add(server, args[1]);

		System.out.println(READY);
		System.out.flush();
		Thread.currentThread().join();
	}

}
