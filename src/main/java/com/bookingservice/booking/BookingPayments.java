package com.bookingservice.booking;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.booking.BookingProblems.BookingNotFound;
import com.bookingservice.catalog.ServiceDefinition;
import com.bookingservice.catalog.ServiceCatalog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What payments do to bookings, for the feature that takes them.
 */
@Service
public class BookingPayments {

	private static final Logger log = LoggerFactory.getLogger(BookingPayments.class);

	private final BookingRepository bookings;

	private final ServiceCatalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BookingPayments(BookingRepository bookings, ServiceCatalog catalog, ApplicationEventPublisher events,
			Clock clock) {
		this.bookings = bookings;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Confirms a booking that has been paid for. A booking whose hold ran out is confirmed only
	 * if its slot is still free; otherwise the payment has to be returned.
	 */
	@Transactional
	public PaidOutcome confirmPaid(UUID bookingId) {
		Booking booking = bookings.findLockedById(bookingId).orElseThrow(() -> new BookingNotFound(bookingId));

		return switch (booking.status()) {
			case CONFIRMED, COMPLETED -> PaidOutcome.ALREADY_CONFIRMED;
			case PENDING, CANCELLED -> PaidOutcome.NOT_PAYABLE;
			case EXPIRED -> slotStillFree(booking) ? confirm(booking) : PaidOutcome.SLOT_TAKEN;
			case PENDING_PAYMENT -> confirm(booking);
		};
	}

	private boolean slotStillFree(Booking booking) {
		ServiceDefinition service = catalog.lockForBooking(booking.serviceId());
		return bookings.hasRoom(service, booking.startsAt(), booking.endsAt());
	}

	private PaidOutcome confirm(Booking booking) {
		booking.confirmPayment(clock.instant());
		events.publishEvent(new BookingConfirmed(booking.id()));
		log.info("Booking {} confirmed by its payment.", booking.id());
		return PaidOutcome.CONFIRMED;
	}

}
