package com.bookingservice.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.account.AccountContact;
import com.bookingservice.account.AccountDirectory;
import com.bookingservice.account.Caller;
import com.bookingservice.booking.BookingProblems.BookingNotFound;
import com.bookingservice.booking.BookingProblems.NotASlot;
import com.bookingservice.booking.BookingProblems.SlotUnavailable;
import com.bookingservice.booking.BookingProblems.StartInThePast;
import com.bookingservice.booking.IdempotentRequests.Outcome;
import com.bookingservice.catalog.ServiceCatalog;
import com.bookingservice.catalog.ServiceDefinition;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes bookings and moves them through their life, one transaction per request. Capacity is
 * checked while the service's row is locked, so that it holds under any concurrency and with
 * any number of instances on one database.
 */
@Service
class BookingManagement {

	private static final Logger log = LoggerFactory.getLogger(BookingManagement.class);

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final BookingRepository bookings;

	private final ServiceCatalog catalog;

	private final AccountDirectory accounts;

	private final IdempotentRequests idempotentRequests;

	private final ApplicationEventPublisher events;

	private final List<BookingDetails> details;

	private final Clock clock;

	BookingManagement(BookingRepository bookings, ServiceCatalog catalog, AccountDirectory accounts,
			IdempotentRequests idempotentRequests, ApplicationEventPublisher events, List<BookingDetails> details,
			Clock clock) {
		this.bookings = bookings;
		this.catalog = catalog;
		this.accounts = accounts;
		this.idempotentRequests = idempotentRequests;
		this.events = events;
		this.details = details;
		this.clock = clock;
	}

	@Transactional
	Outcome<BookingView> book(Caller caller, BookingRequest request, String idempotencyKey) {
		return idempotentRequests.once(caller.accountId(), idempotencyKey, "book", request, BookingView.class, () -> {
			BookingView booking = place(caller, request, BookingStatus.PENDING);
			events.publishEvent(new BookingReceived(booking.id()));
			return booking;
		});
	}

	/**
	 * Places a booking that holds its slot until it is paid online, or answers the booking of
	 * an earlier request with the same Idempotency-Key. The response to a new hold is kept by
	 * {@link #recordHold} once its payment has been opened.
	 */
	@Transactional
	Outcome<BookingView> hold(Caller caller, BookingRequest request, String idempotencyKey) {
		return idempotentRequests.claim(caller.accountId(), idempotencyKey, "hold", request, BookingView.class)
			.map(earlier -> new Outcome<>(earlier, true))
			.orElseGet(() -> new Outcome<>(place(caller, request, BookingStatus.PENDING_PAYMENT), false));
	}

	@Transactional
	void recordHold(Caller caller, String idempotencyKey, BookingView booking) {
		idempotentRequests.record(caller.accountId(), idempotencyKey, booking);
	}

	/**
	 * Deletes a hold whose payment could not be opened, so that it neither takes the slot nor
	 * answers a retry.
	 */
	@Transactional
	void releaseHold(Caller caller, String idempotencyKey, UUID bookingId) {
		bookings.deleteById(bookingId);
		idempotentRequests.release(caller.accountId(), idempotencyKey);
		log.info("Booking {} released: its payment could not be opened.", bookingId);
	}

	private BookingView place(Caller caller, BookingRequest request, BookingStatus status) {
		Instant startsAt = request.startsAt().toInstant();
		Instant now = clock.instant();
		if (!startsAt.isAfter(now)) {
			throw new StartInThePast(request.startsAt());
		}

		ServiceDefinition service = catalog.lockForBooking(request.serviceId());
		if (!service.isSlotStart(startsAt)) {
			throw new NotASlot(request.startsAt());
		}
		if (!bookings.hasRoom(service, startsAt, startsAt.plus(service.duration()))) {
			throw new SlotUnavailable(request.startsAt());
		}

		Contact contact = contactFor(caller, request.contact());
		Booking booking = bookings.save(new Booking(service, caller.accountId(), startsAt, contact,
				request.notes(), status, now));
		log.info("Booking {} of service {} placed for {}, {}.", booking.id(), service.id(), startsAt, status.value());
		return BookingView.of(booking, service);
	}

	@Transactional(readOnly = true)
	BookingView get(Caller caller, UUID id) {
		Booking booking = visibleTo(caller, id);
		Map<String, Object> found = new LinkedHashMap<>();
		details.forEach(detail -> found.put(detail.field(), detail.of(id)));
		return view(booking).withDetails(found);
	}

	@Transactional(readOnly = true)
	BookingPage list(Caller caller, BookingFilter filter, int page, int size) {
		Page<Booking> found = bookings.findAll(filter.visibleTo(caller).specification(), PageRequest.of(page, size, NEWEST_FIRST));
		Set<UUID> serviceIds = found.stream().map(Booking::serviceId).collect(Collectors.toSet());
		Map<UUID, ServiceDefinition> services = catalog.definitions(serviceIds);

		var items = found.stream().map(booking -> BookingView.of(booking, services.get(booking.serviceId()))).toList();
		return new BookingPage(items, page, size, found.getTotalElements());
	}

	@Transactional
	BookingView confirm(Caller caller, UUID id) {
		return move(caller, id, BookingStatus.CONFIRMED, BookingConfirmed::new);
	}

	@Transactional
	BookingView complete(Caller caller, UUID id) {
		return move(caller, id, BookingStatus.COMPLETED, BookingCompleted::new);
	}

	@Transactional
	BookingView cancel(Caller caller, UUID id) {
		return move(caller, id, BookingStatus.CANCELLED, BookingCancelled::new);
	}

	private BookingView move(Caller caller, UUID id, BookingStatus next, Function<UUID, Object> event) {
		Booking booking = visibleTo(caller, id);

		if (booking.moveTo(next, clock.instant())) {
			bookings.flush();
			events.publishEvent(event.apply(id));
			log.info("Booking {} is now {}.", id, next.value());
		}
		return view(booking);
	}

	private Booking visibleTo(Caller caller, UUID id) {
		return bookings.findById(id)
			.filter(booking -> caller.mayAccess(booking.customerId()))
			.orElseThrow(() -> new BookingNotFound(id));
	}

	private BookingView view(Booking booking) {
		ServiceDefinition service = catalog.definitions(Set.of(booking.serviceId())).get(booking.serviceId());
		return BookingView.of(booking, service);
	}

	private Contact contactFor(Caller caller, Contact requested) {
		AccountContact account = accounts.contactOf(caller.accountId()).orElse(new AccountContact(null, null, null));
		var defaults = new Contact(account.name(), account.phone(), account.phone(), account.email());
		return requested == null ? defaults : requested.orElse(defaults);
	}

}
