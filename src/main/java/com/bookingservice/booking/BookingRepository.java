package com.bookingservice.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, UUID>, JpaSpecificationExecutor<Booking> {

	/**
	 * Counts the bookings of a service in the given statuses that overlap a time range.
	 */
	@Query("""
			select count(b) from Booking b
			where b.serviceId = :serviceId and b.status in :statuses
			and b.startsAt < :endsAt and b.endsAt > :startsAt""")
	long countOverlapping(UUID serviceId, Collection<BookingStatus> statuses, Instant startsAt, Instant endsAt);

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
