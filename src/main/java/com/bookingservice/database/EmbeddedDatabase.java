package com.bookingservice.database;

import java.nio.file.Path;

/**
 * Tells that the application runs on its own embedded PostgreSQL server rather than on a
 * database it was pointed at, and describes that server.
 *
 * @param port the port the server listens on
 * @param dataDirectory where the server keeps its data
 * @param temporary whether the data is deleted when the application stops
 * @param durable whether every commit is flushed to disk before it returns
 */
public record EmbeddedDatabase(int port, Path dataDirectory, boolean temporary, boolean durable) {
}
