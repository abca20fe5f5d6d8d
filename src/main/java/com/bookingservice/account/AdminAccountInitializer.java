package com.bookingservice.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.support.Masking;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure that staff can sign in: creates the admin account at start-up. Without a
 * configured password a random one is generated and logged once, when the account is created.
 */
@Component
class AdminAccountInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

	private final AccountManagement accounts;

	private final AccountProperties.Admin admin;

	AdminAccountInitializer(AccountManagement accounts, AccountProperties properties) {
		this.accounts = accounts;
		this.admin = properties.admin();
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean configured = StringUtils.hasText(admin.password());
		String password = configured ? admin.password() : generatePassword();
		try {
			boolean created = accounts.ensureAdmin(admin.email(), password, configured);
			if (created && !configured) {
				log.warn("Created admin account {} with the generated password {} (set BOOKING_ADMIN_PASSWORD "
						+ "to choose one).", Masking.email(admin.email()), password);
			}
			else if (created) {
				log.info("Created admin account {}.", Masking.email(admin.email()));
			}
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Admin account {} was created by another instance.", Masking.email(admin.email()));
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
