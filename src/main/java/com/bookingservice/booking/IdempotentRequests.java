package com.bookingservice.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import com.bookingservice.booking.BookingProblems.IdempotencyKeyReused;
import com.bookingservice.booking.BookingProblems.InvalidIdempotencyKey;
import com.bookingservice.booking.BookingProblems.RequestInProgress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a request safe to retry: the first request with an Idempotency-Key runs and its
 * response is kept for a day; a repeat from the same account gets that response again and
 * changes nothing; the same key with another request is refused.
 */
@Component
class IdempotentRequests {

	static final Duration RETENTION = Duration.ofHours(24);

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

	private final IdempotentRequestRepository requests;

	/** Writes claims and responses with plain statements, which leave the JPA session alone. */
	private final JdbcClient jdbc;

	/** Reads stored responses back exactly as they were written, offsets included. */
	private final JsonMapper json;

	private final Clock clock;

	IdempotentRequests(IdempotentRequestRepository requests, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.requests = requests;
		this.jdbc = jdbc;
		this.json = json.rebuild().disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
		this.clock = clock;
	}

	/**
	 * Runs the action once per key, within the caller's transaction, so that the response is
	 * kept only if the action's changes are committed.
	 *
	 * @param scope what kind of request this is, so that a key cannot be reused across kinds
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	<T> Outcome<T> once(UUID accountId, String key, String scope, Object request, Class<T> responseType,
			Supplier<T> action) {
		Optional<T> earlier = claim(accountId, key, scope, request, responseType);
		if (earlier.isPresent()) {
			return new Outcome<>(earlier.get(), true);
		}

		T response = action.get();
		record(accountId, key, response);
		return new Outcome<>(response, false);
	}

	/**
	 * Claims a key for this request, in the caller's transaction.
	 *
	 * @return the response to an earlier request with this key, or empty if this request is the
	 * first (or no key was sent) and must run
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	<T> Optional<T> claim(UUID accountId, String key, String scope, Object request, Class<T> responseType) {
		if (key == null) {
			return Optional.empty();
		}
		if (!VALID_KEY.matcher(key).matches()) {
			throw new InvalidIdempotencyKey();
		}

		String hash = hash(scope, request);
		Instant now = clock.instant();
		int claimed = jdbc.sql("""
				insert into idempotent_requests (account_id, idempotency_key, request_hash, created_at)
				values (:accountId, :key, :requestHash, :now)
				on conflict (account_id, idempotency_key) do update
				set request_hash = excluded.request_hash, response_body = null, created_at = excluded.created_at
				where idempotent_requests.created_at < :cutoff""")
			.param("accountId", accountId)
			.param("key", key)
			.param("requestHash", hash)
			.param("now", utc(now))
			.param("cutoff", utc(now.minus(RETENTION)))
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return Optional.of(replay(accountId, key, hash, responseType));
	}

	/**
	 * Keeps the response to the request that claimed the key.
	 */
	@Transactional
	void record(UUID accountId, String key, Object response) {
		if (key != null) {
			jdbc.sql("""
					update idempotent_requests set response_body = :responseBody
					where account_id = :accountId and idempotency_key = :key""")
				.param("responseBody", json.writeValueAsString(response))
				.param("accountId", accountId)
				.param("key", key)
				.update();
		}
	}

	/**
	 * Gives up a claim whose request failed, so that a retry runs again.
	 */
	@Transactional
	void release(UUID accountId, String key) {
		if (key != null) {
			requests.deleteById(new IdempotentRequest.Key(accountId, key));
		}
	}

	private <T> T replay(UUID accountId, String key, String hash, Class<T> responseType) {
		IdempotentRequest earlier = requests.findById(new IdempotentRequest.Key(accountId, key)).orElseThrow();
		if (!earlier.requestHash().equals(hash)) {
			throw new IdempotencyKeyReused();
		}
		if (earlier.responseBody() == null) {
			throw new RequestInProgress();
		}
		return json.readValue(earlier.responseBody(), responseType);
	}

	private String hash(String scope, Object request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(scope.getBytes(StandardCharsets.UTF_8));
			digest.update(json.writeValueAsBytes(request));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime.", ex);
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	void forgetExpired() {
		int deleted = jdbc.sql("delete from idempotent_requests where created_at < :cutoff")
			.param("cutoff", utc(clock.instant().minus(RETENTION)))
			.update();
		if (deleted > 0) {
			log.debug("Forgot {} idempotent requests older than a day.", deleted);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A response, and whether it is a replay of an earlier one.
	 */
	record Outcome<T>(T response, boolean replayed) {
	}

}
