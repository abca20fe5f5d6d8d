package com.bookingservice.account;

import com.bookingservice.support.ApiProblem;

import org.springframework.http.HttpStatus;

/**
 * What can go wrong with accounts, as told to clients.
 */
final class AccountProblems {

	private AccountProblems() {
	}

	/**
	 * Someone already registered with this e-mail address.
	 */
	static final class EmailAlreadyRegistered extends ApiProblem {

		EmailAlreadyRegistered() {
			super(HttpStatus.CONFLICT, "email-already-registered", "E-mail already registered",
					"An account with this e-mail address already exists.");
		}

	}

	/**
	 * The e-mail address and password do not match an account.
	 */
	static final class BadCredentials extends ApiProblem {

		BadCredentials() {
			super(HttpStatus.UNAUTHORIZED, "bad-credentials", "Sign-in failed", "The e-mail or password is wrong.");
		}

	}

}
