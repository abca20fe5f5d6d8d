package com.bookingservice.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import com.bookingservice.catalog.ServiceDefinition;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, UUID>, JpaSpecificationExecutor<Booking> {

	/**
	 * Reads a booking and locks its row until the transaction ends.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Booking b where b.id = :id")
	Optional<Booking> findLockedById(UUID id);

	/**
	 * Locks up to {@code limit} bookings still waiting for payment that were placed before the
	 * cutoff, skipping those that another transaction holds.
	 */
	@Query(nativeQuery = true, value = """
			select * from bookings where status = 'pending_payment' and created_at < :cutoff
			order by created_at limit :limit for update skip locked""")
	List<Booking> lockHoldsPlacedBefore(Instant cutoff, int limit);

	/**
	 * The condition on the bookings that take up capacity and overlap a time range, written as
	 * the partial index {@code bookings_holding_capacity} is, so that PostgreSQL reads them from
	 * it: the statuses are those of {@link BookingStatus#HOLDING_CAPACITY}, as literals.
	 */
	String HOLDING_CAPACITY_DURING = """
			service_id = :serviceId and status in ('pending_payment', 'pending', 'confirmed')
			and tstzrange(starts_at, ends_at) && tstzrange(cast(:startsAt as timestamptz), cast(:endsAt as timestamptz))""";

	/**
	 * Counts the bookings of a service that take up capacity and overlap a time range.
	 */
	@Query(nativeQuery = true, value = "select count(*) from bookings where " + HOLDING_CAPACITY_DURING)
	long countHoldingCapacity(UUID serviceId, Instant startsAt, Instant endsAt);

	/**
	 * Whether another booking of the service fits in the time range beside those that take up
	 * capacity there.
	 */
	default boolean hasRoom(ServiceDefinition service, Instant startsAt, Instant endsAt) {
		return countHoldingCapacity(service.id(), startsAt, endsAt) < service.capacity();
	}

	/**
	 * The time ranges of the bookings of a service that take up capacity and overlap a time
	 * range.
	 */
	@Query(nativeQuery = true, value = "select starts_at, ends_at from bookings where " + HOLDING_CAPACITY_DURING)
	List<TimeRange> findHoldingCapacity(UUID serviceId, Instant startsAt, Instant endsAt);

}
