package com.bookingservice.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-column table of notes that tests write to an embedded server and read back after
 * it was killed and started again.
 */
final class Notes {

	private Notes() {
	}

	/**
	 * The settings the application runs with by default, on a data directory of the test's.
	 */
	static EmbeddedDatabaseProperties durableServerIn(Path dataDirectory) {
		return new EmbeddedDatabaseProperties(dataDirectory.toString(), 0, true, false, 200);
	}

	static void add(EmbeddedPostgresServer server, String note) throws SQLException {
		try (Connection connection = connect(server)) {
			connection.createStatement().execute("create table if not exists note (text text not null)");
			try (PreparedStatement insert = connection.prepareStatement("insert into note (text) values (?)")) {
				insert.setString(1, note);
				insert.executeUpdate();
			}
		}
	}

	static List<String> all(EmbeddedPostgresServer server) throws SQLException {
		List<String> notes = new ArrayList<>();
		try (Connection connection = connect(server);
				ResultSet rows = connection.createStatement().executeQuery("select text from note")) {
			while (rows.next()) {
				notes.add(rows.getString(1));
			}
		}
		return notes;
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		EmbeddedJdbcConnectionDetails details = server.connectionDetails();
		return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
	}

}
