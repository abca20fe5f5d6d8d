package com.bookingservice.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up how to reach an account holder, for the features that write to customers.
 */
@Component
public class AccountDirectory {

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The account holder's name, e-mail and phone, read in the caller's transaction if there is
	 * one, without loading the whole account.
	 */
	public Optional<AccountContact> contactOf(UUID accountId) {
		return jdbc.sql("select name, email, phone from accounts where id = :id")
			.param("id", accountId)
			.query(AccountContact.class)
			.optional();
	}

}
