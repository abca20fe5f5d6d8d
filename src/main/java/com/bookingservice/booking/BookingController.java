package com.bookingservice.booking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.bookingservice.account.Caller;
import com.bookingservice.booking.IdempotentRequests.Outcome;
import com.bookingservice.support.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bookings over HTTP: customers book, read and cancel their own; staff see all of them and
 * confirm, complete and cancel.
 */
@RestController
@RequestMapping("/bookings")
class BookingController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	private final BookingManagement bookings;

	private final OnlineBooking onlineBooking;

	BookingController(BookingManagement bookings, OnlineBooking onlineBooking) {
		this.bookings = bookings;
		this.onlineBooking = onlineBooking;
	}

	@PostMapping
	ResponseEntity<BookingView> book(@Valid @RequestBody BookingRequest request, Caller caller,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		return created(bookings.book(caller, request, idempotencyKey));
	}

	/**
	 * Books a slot to be paid online: the booking holds the slot while the customer pays, and
	 * the answer carries what the payment provider's checkout needs.
	 */
	@PostMapping("/razorpay-booking")
	ResponseEntity<BookingView> bookWithOnlinePayment(@Valid @RequestBody BookingRequest request, Caller caller,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		return created(onlineBooking.book(caller, request, idempotencyKey));
	}

	@GetMapping
	BookingPage list(Caller caller, @RequestParam(name = "status", required = false) List<String> statuses,
			@RequestParam(name = "customer_id", required = false) UUID customerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		var filter = new BookingFilter(customerId, StatusParameter.parse(statuses), from, to);
		return bookings.list(caller, filter, page, size);
	}

	@GetMapping("/{id}")
	BookingView get(@PathVariable UUID id, Caller caller) {
		return bookings.get(caller, id);
	}

	@PutMapping("/{id}/confirm")
	BookingView confirm(@PathVariable UUID id, Caller caller) {
		return bookings.confirm(caller, id);
	}

	@PutMapping("/{id}/complete")
	BookingView complete(@PathVariable UUID id, Caller caller) {
		return bookings.complete(caller, id);
	}

	@PutMapping("/{id}/cancel")
	BookingView cancel(@PathVariable UUID id, Caller caller) {
		return bookings.cancel(caller, id);
	}

	private static ResponseEntity<BookingView> created(Outcome<BookingView> outcome) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.header(REPLAYED, String.valueOf(outcome.replayed()))
			.body(outcome.response());
	}

	/**
	 * Only staff confirm and complete bookings.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		AccessRules bookingAccessRules() {
			return rules -> rules.requestMatchers(HttpMethod.PUT, "/bookings/*/confirm", "/bookings/*/complete")
				.hasRole("ADMIN");
		}

	}

}
