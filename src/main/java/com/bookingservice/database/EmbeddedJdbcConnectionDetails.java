package com.bookingservice.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Where Boot's data source finds the embedded server: its {@code postgres} database, as
 * the {@code postgres} superuser, which the server trusts without a password.
 *
 * @param jdbcUrl the JDBC URL of the {@code postgres} database
 */
record EmbeddedJdbcConnectionDetails(String jdbcUrl) implements JdbcConnectionDetails {

	static final String USER = "postgres";

	static final String DATABASE = "postgres";

	static EmbeddedJdbcConnectionDetails onPort(int port) {
		return new EmbeddedJdbcConnectionDetails("jdbc:postgresql://localhost:%d/%s".formatted(port, DATABASE));
	}

	@Override
	public String getUsername() {
		return USER;
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getJdbcUrl() {
		return this.jdbcUrl;
	}

}
