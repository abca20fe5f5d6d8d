package com.bookingservice.database;

import java.io.IOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries that come with the application.
 * <p>
 * Before it starts, a server that a killed application left running in the same data
 * directory is shut down; once it runs, a watchdog shuts it down should this JVM be killed.
 * Neither applies on Windows, where the watchdog's shell is missing.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

	private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

	private final EmbeddedPostgres postgres;

	private final EmbeddedDatabase description;

	private final PostmasterWatchdog watchdog;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedDatabase description,
			PostmasterWatchdog watchdog) {
		this.postgres = postgres;
		this.description = description;
		this.watchdog = watchdog;
	}

	/**
	 * Starts a server with the given settings, and returns once it accepts connections.
	 */
	static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties)
			throws IOException, InterruptedException {
		DataDirectory directory = dataDirectory(properties);
		EmbeddedPostgres postgres = configure(properties, directory).start();
		PostmasterWatchdog watchdog = watchOrClose(postgres, directory);

		EmbeddedDatabase description = new EmbeddedDatabase(postgres.getPort(), directory.path(),
				properties.temporary(), properties.durable());
		logger.info("The embedded PostgreSQL server listens on port {} and keeps its data in {}.",
				description.port(), description.dataDirectory());
		return new EmbeddedPostgresServer(postgres, description, watchdog);
	}

	EmbeddedDatabase description() {
		return this.description;
	}

	EmbeddedJdbcConnectionDetails connectionDetails() {
		return EmbeddedJdbcConnectionDetails.onPort(this.description.port());
	}

	/**
	 * Ends the watchdog and shuts the server down, deleting its data if it is temporary.
	 */
	@Override
	public void close() throws IOException {
		if (this.watchdog != null) {
			this.watchdog.close();
		}
		this.postgres.close();
	}

	private static DataDirectory dataDirectory(EmbeddedDatabaseProperties properties)
			throws IOException, InterruptedException {
		if (properties.temporary()) {
			return DataDirectory.temporary();
		}
		DataDirectory directory = DataDirectory.at(properties.dataDirectory());
		if (!WINDOWS) {
			directory.stopOrphanedServer();
		}
		return directory;
	}

	/**
	 * The library starts the server with fsync and synchronous commit off, so durability is
	 * always set explicitly; the settings given here override its own.
	 */
	private static EmbeddedPostgres.Builder configure(EmbeddedDatabaseProperties properties,
			DataDirectory directory) {
		String durability = properties.durable() ? "on" : "off";
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory.path())
			.setCleanDataDirectory(properties.temporary())
			.setRegisterShutdownHook(false)
			.setPort(properties.port())
			.setPGStartupWait(STARTUP_TIMEOUT)
			.setServerConfig("max_connections", Integer.toString(properties.maxConnections()))
			.setServerConfig("fsync", durability)
			.setServerConfig("synchronous_commit", durability)
			.setServerConfig("full_page_writes", durability);
	}

	private static PostmasterWatchdog watchOrClose(EmbeddedPostgres postgres, DataDirectory directory)
			throws IOException {
		try {
			return watch(directory);
		}
		catch (IOException | RuntimeException ex) {
			postgres.close();
			throw ex;
		}
	}

	private static PostmasterWatchdog watch(DataDirectory directory) throws IOException {
		if (WINDOWS) {
			return null;
		}
		Postmaster postmaster = Postmaster.of(directory.path())
			.orElseThrow(() -> new IllegalStateException("The embedded PostgreSQL server wrote no pid file."));
		return PostmasterWatchdog.watch(postmaster);
	}

}
