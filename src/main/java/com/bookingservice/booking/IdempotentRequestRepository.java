package com.bookingservice.booking;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IdempotentRequestRepository extends JpaRepository<IdempotentRequest, IdempotentRequest.Key> {

	/**
	 * Claims a key for a new request: inserts it, or takes over a claim older than the cutoff.
	 * A claim still in progress in another transaction makes this wait until that one ends.
	 *
	 * @return 1 if the key is now this request's, 0 if an earlier request holds it
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into idempotent_requests (account_id, idempotency_key, request_hash, created_at)
			values (:accountId, :key, :requestHash, :now)
			on conflict (account_id, idempotency_key) do update
			set request_hash = excluded.request_hash, response_body = null, created_at = excluded.created_at
			where idempotent_requests.created_at < :cutoff""")
	int claim(UUID accountId, String key, String requestHash, Instant now, Instant cutoff);

	@Modifying
	@Query(nativeQuery = true, value = """
			update idempotent_requests set response_body = :responseBody
			where account_id = :accountId and idempotency_key = :key""")
	int recordResponse(UUID accountId, String key, String responseBody);

	@Modifying
	@Query(nativeQuery = true, value = "delete from idempotent_requests where created_at < :cutoff")
	int deleteOlderThan(Instant cutoff);

}
