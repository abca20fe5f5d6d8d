package com.bookingservice.database;

import java.io.IOException;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts the embedded PostgreSQL server and points Boot's data source at it, when the
 * application is given no database: no {@code spring.datasource.url}, no data source and no
 * other JDBC connection details, such as those of a Testcontainers service connection.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(EmbeddedDatabaseAutoConfiguration.NoDatasourceUrl.class)
@ConditionalOnMissingBean({ DataSource.class, JdbcConnectionDetails.class })
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseAutoConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties)
			throws IOException, InterruptedException {
		return EmbeddedPostgresServer.start(properties);
	}

	@Bean
	JdbcConnectionDetails embeddedJdbcConnectionDetails(EmbeddedPostgresServer server) {
		return server.connectionDetails();
	}

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedPostgresServer server) {
		return server.description();
	}

	/**
	 * Matches when {@code spring.datasource.url} is not set.
	 */
	static class NoDatasourceUrl extends NoneNestedConditions {

		NoDatasourceUrl() {
			super(ConfigurationPhase.PARSE_CONFIGURATION);
		}

		/**
		 * Matches when {@code spring.datasource.url} is set.
		 */
		@ConditionalOnProperty("spring.datasource.url")
		static class DatasourceUrlSet {

		}

	}

}
