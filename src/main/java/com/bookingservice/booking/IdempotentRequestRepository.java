package com.bookingservice.booking;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Reads and removes kept requests; {@link IdempotentRequests} claims keys and keeps responses
 * with plain statements.
 */
interface IdempotentRequestRepository extends JpaRepository<IdempotentRequest, IdempotentRequest.Key> {

}
