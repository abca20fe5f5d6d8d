package com.bookingservice.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ServiceRepository extends JpaRepository<BookableService, UUID> {

	List<BookableService> findByActiveTrue(Sort sort);

	/**
	 * Reads a service and locks its row until the transaction ends, so that bookings of one
	 * service are checked against its capacity one at a time, on every instance.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from BookableService s where s.id = :id")
	Optional<BookableService> findLockedById(UUID id);

}
