package com.bookingservice.booking;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A request made with an Idempotency-Key, and the response it was given.
 */
@Entity
@Table(name = "idempotent_requests")
class IdempotentRequest {

	@EmbeddedId
	private Key key;

	@Column(name = "request_hash")
	private String requestHash;

	@Column(name = "response_body")
	private String responseBody;

	@Column(name = "created_at")
	private Instant createdAt;

	protected IdempotentRequest() {
	}

	String requestHash() {
		return requestHash;
	}

	String responseBody() {
		return responseBody;
	}

	/**
	 * An Idempotency-Key is scoped to the account that sends it.
	 *
	 * @param accountId the sender's account
	 * @param idempotencyKey the key as sent
	 */
	@Embeddable
	record Key(@Column(name = "account_id") UUID accountId,
			@Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
	}

}
