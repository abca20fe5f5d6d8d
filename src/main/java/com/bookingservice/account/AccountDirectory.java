package com.bookingservice.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up how to reach an account holder, for the features that write to customers.
 */
@Component
public class AccountDirectory {

	private final AccountRepository accounts;

	AccountDirectory(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public Optional<AccountContact> contactOf(UUID accountId) {
		return accounts.findById(accountId).map(Account::contact);
	}

}
