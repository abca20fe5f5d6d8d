package com.bookingservice.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The watchdog that an embedded server starts beside itself.
 */
class PostmasterWatchdogTests {

	@Test
	void watchesThePostmasterAndEndsWhenTheServerIsClosed() throws Exception {
		EmbeddedDatabaseProperties temporary = new EmbeddedDatabaseProperties("unused", 0, false, true, 20);
		List<ProcessHandle> watchdogs;
		Path dataDirectory;

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(temporary)) {
			dataDirectory = server.description().dataDirectory();
			Postmaster postmaster = Postmaster.of(dataDirectory).orElseThrow();
			watchdogs = watchdogsOf(postmaster);

			assertThat(watchdogs).hasSize(1);
		}

		await().atMost(Duration.ofSeconds(5)).until(() -> watchdogs.stream().noneMatch(ProcessHandle::isAlive));
		assertThat(dataDirectory).doesNotExist();
	}

	private static List<ProcessHandle> watchdogsOf(Postmaster postmaster) {
		String jvm = Long.toString(ProcessHandle.current().pid());
		List<String> arguments = List.of("postmaster-watchdog", jvm, Long.toString(postmaster.pid()));
		return ProcessHandle.current()
			.children()
			.filter((child) -> child.info().arguments().map(Arrays::asList).orElse(List.of()).containsAll(arguments))
			.toList();
	}

}
