package com.bookingservice.booking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.bookingservice.account.Caller;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which bookings a list shows.
 *
 * @param customerId only this customer's, or everyone's when null
 * @param statuses only these statuses, or any when empty
 * @param from only those starting at or after this, when set
 * @param to only those starting before this, when set
 */
record BookingFilter(UUID customerId, List<BookingStatus> statuses, OffsetDateTime from, OffsetDateTime to) {

	/**
	 * This filter, narrowed to what the caller may see: customers see only their own bookings.
	 */
	BookingFilter visibleTo(Caller caller) {
		return caller.isAdmin() ? this : new BookingFilter(caller.accountId(), statuses, from, to);
	}

	Specification<Booking> specification() {
		return (root, query, cb) -> {
			var predicate = cb.conjunction();
			if (customerId != null) {
				predicate = cb.and(predicate, cb.equal(root.get("customerId"), customerId));
			}
			if (!statuses.isEmpty()) {
				predicate = cb.and(predicate, root.get("status").in(statuses));
			}
			if (from != null) {
				predicate = cb.and(predicate, cb.greaterThanOrEqualTo(root.get("startsAt"), from.toInstant()));
			}
			if (to != null) {
				predicate = cb.and(predicate, cb.lessThan(root.get("startsAt"), to.toInstant()));
			}
			return predicate;
		};
	}

}
