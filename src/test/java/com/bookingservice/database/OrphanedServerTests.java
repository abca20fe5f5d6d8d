package com.bookingservice.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What becomes of the embedded server when the application is killed with SIGKILL, and of
 * the data it had committed.
 */
class OrphanedServerTests {

	private static final String NOTE = "committed before the kill";

	@TempDir
	Path workDirectory;

	private Path dataDirectory;

	private ChildApplication application;

	@BeforeEach
	void startApplication() throws Exception {
		this.dataDirectory = this.workDirectory.resolve("postgres");
		this.application = ChildApplication.start(this.dataDirectory, NOTE, this.workDirectory.resolve("child.log"));
		this.application.awaitReady();
	}

	@AfterEach
	void stopWhateverIsLeft() throws Exception {
		this.application.kill();
		for (Postmaster postmaster : Postmaster.of(this.dataDirectory).filter(Postmaster::isRunning).stream().toList()) {
			postmaster.requestFastShutdown();
			postmaster.awaitExit(Duration.ofSeconds(10));
		}
	}

	@Test
	void watchdogStopsTheServerOfAKilledApplicationWithinSeconds() throws Exception {
		Postmaster postmaster = Postmaster.of(this.dataDirectory).orElseThrow();
		assertThat(postmaster.isRunning()).isTrue();

		this.application.kill();

		await().atMost(Duration.ofSeconds(5)).until(() -> !postmaster.isRunning());
		assertThat(this.dataDirectory.resolve("postmaster.pid")).doesNotExist();
		assertThat(notesAfterRestart()).containsExactly(NOTE);
	}

	@Test
	void nextStartStopsAServerOrphanedWithoutItsWatchdog() throws Exception {
		Postmaster postmaster = Postmaster.of(this.dataDirectory).orElseThrow();

		this.application.killWatchdog();
		this.application.kill();
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(postmaster::isRunning);
		assertThat(postmaster.isPostgres()).isTrue();

		assertThat(notesAfterRestart()).containsExactly(NOTE);
		assertThat(postmaster.isRunning()).isFalse();
	}

	private List<String> notesAfterRestart() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Notes.durableServerIn(this.dataDirectory))) {
			return Notes.all(server);
		}
	}

}
