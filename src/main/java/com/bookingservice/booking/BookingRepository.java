package com.bookingservice.booking;

import java.time.Instant;
import java.util.Collection;
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
	 * Counts the bookings of a service in the given statuses that overlap a time range.
	 */
	@Query("""
			select count(b) from Booking b
			where b.serviceId = :serviceId and b.status in :statuses
			and b.startsAt < :endsAt and b.endsAt > :startsAt""")
	long countOverlapping(UUID serviceId, Collection<BookingStatus> statuses, Instant startsAt, Instant endsAt);

	/**
	 * Whether another booking of the service fits in the time range beside those that take up
	 * capacity there.
	 */
	default boolean hasRoom(ServiceDefinition service, Instant startsAt, Instant endsAt) {
		return countOverlapping(service.id(), BookingStatus.HOLDING_CAPACITY, startsAt, endsAt) < service.capacity();
	}

	/**
	 * The time ranges of the bookings of a service in the given statuses that overlap a time range.
	 */
	@Query("""
			select new com.bookingservice.booking.TimeRange(b.startsAt, b.endsAt) from Booking b
			where b.serviceId = :serviceId and b.status in :statuses
			and b.startsAt < :endsAt and b.endsAt > :startsAt""")
	List<TimeRange> findOverlapping(UUID serviceId, Collection<BookingStatus> statuses, Instant startsAt,
			Instant endsAt);

}
