package com.bookingservice.notification;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.booking.BookingCancelled;
import com.bookingservice.booking.BookingCompleted;
import com.bookingservice.booking.BookingConfirmed;
import com.bookingservice.booking.BookingExpired;
import com.bookingservice.booking.BookingReceived;
import com.bookingservice.booking.BookingSummary;
import com.bookingservice.booking.Bookings;
import com.bookingservice.notification.EventKind.Occurrence;
import com.bookingservice.payment.PaymentRefunded;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns booking events into deliveries. Within the transaction that changed the booking, it
 * writes what the customer is owed to the ledger, so that a change that is rolled back owes
 * nothing; once that transaction has committed, it hands the new deliveries to the worker, with
 * the booking as the event left it, which their messages tell of.
 */
@Component
class BookingEventRecorder {

	private static final Logger log = LoggerFactory.getLogger(BookingEventRecorder.class);

	private final Bookings bookings;

	private final DeliveryLedger ledger;

	private final ApplicationEventPublisher events;

	private final DeliveryWorker worker;

	private final NotificationMetrics metrics;

	private final boolean sendInline;

	BookingEventRecorder(Bookings bookings, DeliveryLedger ledger, ApplicationEventPublisher events,
			DeliveryWorker worker, NotificationMetrics metrics, NotificationProperties properties) {
		this.bookings = bookings;
		this.ledger = ledger;
		this.events = events;
		this.worker = worker;
		this.metrics = metrics;
		this.sendInline = properties.sendInline();
		if (sendInline) {
			log.warn("Notifications are sent inside requests (booking.notifications.send-inline): "
					+ "requests wait for every provider. Use this only to compare designs.");
		}
	}

	/**
	 * Records the deliveries owed for a moment in a booking's life.
	 */
	@EventListener({ BookingReceived.class, BookingConfirmed.class, BookingCompleted.class, BookingCancelled.class,
			BookingExpired.class, PaymentRefunded.class })
	void on(Object event) {
		EventKind.of(event).ifPresent(this::record);
	}

	private void record(Occurrence occurrence) {
		Optional<BookingSummary> booking = bookings.find(occurrence.bookingId());
		if (booking.isEmpty()) {
			log.warn("Booking {} was reported {}, but there is no such booking, so nobody is told.",
					occurrence.bookingId(), occurrence.kind().value());
			return;
		}

		DeliveriesRecorded recorded = ledger.record(occurrence, booking.get());

		if (!recorded.isEmpty()) {
			events.publishEvent(recorded);
		}
	}

	/**
	 * Sends the new deliveries once they are committed, or at once when they were written
	 * outside a transaction.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void dispatch(DeliveriesRecorded recorded) {
		recorded.skipped().forEach(channel -> metrics.count(channel, "skipped"));
		if (sendInline) {
			recorded.pending().forEach(claim -> worker.dispatchInline(claim, recorded.booking()));
			return;
		}
		recorded.pending().forEach(claim -> worker.dispatch(claim, recorded.booking()));
	}

}
