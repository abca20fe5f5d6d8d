package com.bookingservice.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the embedded server starts, and how Boot's data source finds it.
 */
class EmbeddedDatabaseAutoConfigurationTests {

	private static final String ELSEWHERE = "jdbc:postgresql://localhost:5432/elsewhere";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
				DataSourceAutoConfiguration.class))
		.withPropertyValues("booking.database.embedded.temporary=true");

	@Test
	void backsOffWhenADatasourceUrlIsSet() {
		this.runner.withPropertyValues("spring.datasource.url=" + ELSEWHERE).run((context) -> {
			assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class).doesNotHaveBean(EmbeddedDatabase.class);
			assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl()).isEqualTo(ELSEWHERE);
		});
	}

	@Test
	void backsOffWhenOtherConnectionDetailsAreDefined() {
		this.runner.withBean(JdbcConnectionDetails.class, () -> new EmbeddedJdbcConnectionDetails(ELSEWHERE))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class).doesNotHaveBean(EmbeddedDatabase.class);
				assertThat(context).getBean(JdbcConnectionDetails.class).extracting(JdbcConnectionDetails::getJdbcUrl)
					.isEqualTo(ELSEWHERE);
			});
	}

	@ParameterizedTest
	@CsvSource({ "true, on", "false, off" })
	void pointsTheDataSourceAtATemporaryServerThatFlushesCommitsWhenDurable(boolean durable, String flushing) {
		AtomicReference<Path> dataDirectory = new AtomicReference<>();

		this.runner.withPropertyValues("booking.database.embedded.durable=" + durable).run((context) -> {
			EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
			dataDirectory.set(database.dataDirectory());

			assertThat(database.temporary()).isTrue();
			assertThat(database.dataDirectory()).isDirectory();
			assertThat(settings(context.getBean(DataSource.class))).containsExactly(Map.entry("fsync", flushing),
					Map.entry("synchronous_commit", flushing), Map.entry("full_page_writes", flushing),
					Map.entry("max_connections", "200"), Map.entry("port", Integer.toString(database.port())));
		});

		assertThat(dataDirectory.get()).doesNotExist();
	}

	@Test
	void rejectsASettingOfNoConnections() {
		this.runner.withPropertyValues("booking.database.embedded.max-connections=0")
			.run((context) -> assertThat(context).hasFailed());
	}

	private static Map<String, String> settings(DataSource dataSource) throws SQLException {
		Map<String, String> settings = new LinkedHashMap<>();
		try (Connection connection = dataSource.getConnection()) {
			for (String name : new String[] { "fsync", "synchronous_commit", "full_page_writes", "max_connections",
					"port" }) {
				try (ResultSet row = connection.createStatement().executeQuery("show " + name)) {
					row.next();
					settings.put(name, row.getString(1));
				}
			}
		}
		return settings;
	}

}
