package com.bookingservice.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.bookingservice.support.PhoneNumber;

/**
 * What clients send to and receive from the account endpoints.
 */
final class AccountRequests {

	private AccountRequests() {
	}

	/**
	 * A customer signing up.
	 */
	record Registration(@NotBlank @Size(max = 200) String name,
			@NotBlank @Email @Size(max = 320) String email,
			@NotBlank @PhoneNumber String phone,
			@NotBlank @Size(min = 8, max = 128) String password) {
	}

	/**
	 * A sign-in with e-mail and password.
	 */
	record Credentials(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 128) String password) {
	}

	/**
	 * An account as shown to its holder; never the password.
	 */
	record AccountView(UUID id, String name, String email, String phone, Role role, Instant createdAt) {

		static AccountView of(Account account) {
			return new AccountView(account.id(), account.name(), account.email(), account.phone(),
					account.role(), account.createdAt());
		}

	}

}
