package com.bookingservice.account;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of accounts and sign-in.
 *
 * @param admin the staff account created at start-up
 * @param token how access tokens are signed and how long they last
 */
@Validated
@ConfigurationProperties("booking")
record AccountProperties(@DefaultValue Admin admin, @DefaultValue Token token) {

	/**
	 * The admin account ensured at start-up.
	 *
	 * @param email its e-mail address
	 * @param password its password; when blank, one is generated and logged once
	 */
	record Admin(@NotBlank @Email @DefaultValue("admin@example.com") String email, String password) {
	}

	/**
	 * Access tokens.
	 *
	 * @param secret the HMAC key that signs tokens, at least 32 bytes; when blank a random key
	 * is made at start-up, so tokens die with the process and other instances refuse them
	 * @param ttl how long a token is valid
	 * @param issuer the issuer written into and required of every token
	 */
	record Token(String secret, @DefaultValue("PT1H") Duration ttl,
			@NotBlank @DefaultValue("booking-service") String issuer) {
	}

}
