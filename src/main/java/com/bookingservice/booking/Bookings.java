package com.bookingservice.booking;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.bookingservice.catalog.ServiceCatalog;
import com.bookingservice.catalog.ServiceDefinition;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads bookings for the other features.
 */
@Component
public class Bookings {

	private final BookingRepository bookings;

	private final ServiceCatalog catalog;

	Bookings(BookingRepository bookings, ServiceCatalog catalog) {
		this.bookings = bookings;
		this.catalog = catalog;
	}

	/**
	 * The booking with this id, as of the caller's transaction if there is one.
	 */
	@Transactional(readOnly = true)
	public Optional<BookingSummary> find(UUID id) {
		return bookings.findById(id).map(booking -> {
			ServiceDefinition service = catalog.definitions(Set.of(booking.serviceId())).get(booking.serviceId());
			return BookingSummary.of(BookingView.of(booking, service));
		});
	}

}
