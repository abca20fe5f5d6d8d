package com.bookingservice.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory of the embedded server, and whatever server a killed application left
 * running in it.
 * <p>
 * A pid file whose process is gone is left to PostgreSQL, which starts over it; one whose id
 * was since given to an unrelated program makes PostgreSQL refuse to start with a message
 * naming that file.
 *
 * @param path the absolute path of the directory
 */
record DataDirectory(Path path) {

	private static final Logger logger = LoggerFactory.getLogger(DataDirectory.class);

	private static final String LIBRARY_LOCK_FILE = "epg-lock";

	private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);

	/**
	 * The directory at a location, resolved against the working directory.
	 */
	static DataDirectory at(String location) {
		return new DataDirectory(Path.of(location).toAbsolutePath().normalize());
	}

	/**
	 * A fresh directory inside the embedded library's working directory, where the library
	 * deletes directories that killed applications left behind once they are ten minutes old.
	 */
	static DataDirectory temporary() throws IOException {
		Path defaultParent = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
		Path parent = Path.of(System.getProperty("ot.epg.working-dir", defaultParent.toString()));
		Files.createDirectories(parent);
		return new DataDirectory(Files.createTempDirectory(parent, "booking-"));
	}

	/**
	 * Stops a server that still runs in this directory although no application owns it, as
	 * one does after its application was killed and the watchdog could not step in.
	 *
	 * @throws IllegalStateException if another running application uses the directory, or
	 * the orphaned server does not stop in time
	 */
	void stopOrphanedServer() throws IOException, InterruptedException {
		Optional<Postmaster> running = Postmaster.of(this.path).filter(Postmaster::isRunning);
		if (running.isEmpty() || !running.get().isPostgres()) {
			return;
		}
		if (isLockedByAnotherApplication()) {
			throw new IllegalStateException("The data directory %s is in use by a running application."
				.formatted(this.path));
		}

		stop(running.get());
	}

	private void stop(Postmaster orphan) throws IOException, InterruptedException {
		logger.warn("A PostgreSQL server (process {}) left behind by a killed application still runs in {}, "
				+ "so it is shut down before the embedded server starts.", orphan.pid(), this.path);
		orphan.requestFastShutdown();

		if (!orphan.awaitExit(SHUTDOWN_TIMEOUT)) {
			throw new IllegalStateException("The orphaned PostgreSQL server (process %d) in %s did not stop within %s."
				.formatted(orphan.pid(), this.path, SHUTDOWN_TIMEOUT));
		}
	}

	private boolean isLockedByAnotherApplication() throws IOException {
		Path lockFile = this.path.resolve(LIBRARY_LOCK_FILE);
		if (Files.notExists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

}
