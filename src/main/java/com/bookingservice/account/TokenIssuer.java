package com.bookingservice.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues the signed access tokens that callers present as bearer tokens.
 */
@Component
class TokenIssuer {

	static final String ROLES_CLAIM = "roles";

	private final JwtEncoder encoder;

	private final AccountProperties.Token settings;

	private final Clock clock;

	TokenIssuer(JwtEncoder encoder, AccountProperties properties, Clock clock) {
		this.encoder = encoder;
		this.settings = properties.token();
		this.clock = clock;
	}

	AccessToken issue(Account account) {
		Instant now = clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(settings.issuer())
			.subject(account.id().toString())
			.issuedAt(now)
			.expiresAt(now.plus(settings.ttl()))
			.claim(ROLES_CLAIM, List.of(account.role().name()))
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();

		String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new AccessToken(token, "Bearer", settings.ttl().toSeconds());
	}

}
