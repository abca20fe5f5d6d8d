package com.bookingservice.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the embedded PostgreSQL server that starts when no database is configured.
 *
 * @param dataDirectory where the server keeps its data between runs, relative to the
 * working directory unless absolute; it is never wiped
 * @param port the port to listen on, or 0 to pick a free one at start
 * @param durable whether commits are flushed to disk (fsync, synchronous commit and full
 * page writes); turn it off only where speed matters more than the data, as in tests
 * @param temporary whether to use a fresh temporary data directory instead, deleted when
 * the application stops
 * @param maxConnections the most connections the server accepts at once
 */
@Validated
@ConfigurationProperties("booking.database.embedded")
record EmbeddedDatabaseProperties(
		@NotBlank @DefaultValue("data/postgres") String dataDirectory,
		@Min(0) @Max(65535) @DefaultValue("0") int port,
		@DefaultValue("true") boolean durable,
		@DefaultValue("false") boolean temporary,
		@Min(1) @DefaultValue("200") int maxConnections) {

}
