package com.bookingservice.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.account.AccountProblems.BadCredentials;
import com.bookingservice.account.AccountProblems.EmailAlreadyRegistered;
import com.bookingservice.account.AccountRequests.Credentials;
import com.bookingservice.account.AccountRequests.Registration;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers customers, signs accounts in and keeps the admin account in place.
 */
@Service
class AccountManagement {

	private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final TokenIssuer tokens;

	private final Clock clock;

	/** Compared against when the e-mail is unknown, so that both cases take as long. */
	private final String decoyHash;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwords, TokenIssuer tokens, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.clock = clock;
		this.decoyHash = passwords.encode("decoy password for unknown accounts");
	}

	@Transactional
	Account register(Registration registration) {
		String email = normalize(registration.email());
		if (accounts.existsByEmail(email)) {
			throw new EmailAlreadyRegistered();
		}

		var account = new Account(registration.name().strip(), email, registration.phone(),
				passwords.encode(registration.password()), Role.CUSTOMER, clock.instant());
		accounts.saveAndFlush(account);

		log.info("Customer account {} registered.", account.id());
		return account;
	}

	@Transactional(readOnly = true)
	AccessToken signIn(Credentials credentials) {
		Optional<Account> account = accounts.findByEmail(normalize(credentials.email()));
		String hash = account.map(Account::passwordHash).orElse(decoyHash);

		boolean matches = passwords.matches(credentials.password(), hash);
		if (account.isEmpty() || !matches) {
			throw new BadCredentials();
		}
		return tokens.issue(account.get());
	}

	/**
	 * Creates the admin account if it is missing. An existing one is given the password only
	 * when it is configured rather than generated.
	 *
	 * @return whether the account was created
	 */
	@Transactional
	boolean ensureAdmin(String email, String password, boolean configured) {
		String normalized = normalize(email);
		Optional<Account> existing = accounts.findByEmail(normalized);
		if (existing.isPresent()) {
			if (configured) {
				resetPasswordIfChanged(existing.get(), password);
			}
			return false;
		}

		var admin = new Account("Administrator", normalized, "+10000000000", passwords.encode(password), Role.ADMIN,
				clock.instant());
		accounts.saveAndFlush(admin);
		return true;
	}

	private void resetPasswordIfChanged(Account admin, String password) {
		if (!passwords.matches(password, admin.passwordHash())) {
			admin.changePasswordHash(passwords.encode(password));
			log.info("Admin account {} was given the configured password.", admin.id());
		}
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
