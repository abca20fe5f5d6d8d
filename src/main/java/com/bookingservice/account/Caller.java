package com.bookingservice.account;

import java.util.UUID;

/**
 * The signed-in account behind a request. Controllers take it as a parameter.
 *
 * @param accountId the account's id
 * @param role what the account may do
 */
public record Caller(UUID accountId, Role role) {

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/**
	 * Whether this caller may see what belongs to the given account.
	 */
	public boolean mayAccess(UUID ownerId) {
		return isAdmin() || accountId.equals(ownerId);
	}

}
