package com.bookingservice.payment;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.booking.BookingCancelled;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Owes a full refund of a paid booking that is cancelled, in the transaction that cancels it,
 * so that the refund is owed exactly when the cancellation commits; {@link RefundWorker}
 * issues it.
 */
@Component
class CancellationRefunds {

	private static final Logger log = LoggerFactory.getLogger(CancellationRefunds.class);

	private final PaymentLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CancellationRefunds(PaymentLedger ledger, ApplicationEventPublisher events, Clock clock) {
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(BookingCancelled cancelled) {
		ledger.oweRefundIfPaid(cancelled.bookingId(), RefundCause.BOOKING_CANCELLED, clock.instant())
			.ifPresent(paymentId -> {
				events.publishEvent(new RefundOwed(paymentId));
				log.info("Booking {} was paid and is cancelled, so its payment is refunded in full.",
						cancelled.bookingId());
			});
	}

}
