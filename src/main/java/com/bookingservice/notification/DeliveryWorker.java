package com.bookingservice.notification;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.booking.BookingSummary;
import com.bookingservice.booking.Bookings;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends deliveries on the notification executor's virtual threads, never on a request's. Each
 * try claims its delivery, waits for a permit of the channel, starts the try and reads the
 * booking in one short transaction, calls the provider with no transaction or connection held,
 * and records the outcome in another short transaction.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final Runnable NOTHING = () -> {
	};

	private final DeliveryLedger ledger;

	private final Bookings bookings;

	private final NoticeWriter writer;

	private final Couriers couriers;

	private final ProviderPermits permits;

	private final RetrySchedule retries;

	private final NotificationMetrics metrics;

	private final NotificationsHealthIndicator health;

	private final TransactionTemplate transaction;

	DeliveryWorker(DeliveryLedger ledger, Bookings bookings, NoticeWriter writer, Couriers couriers,
			ProviderPermits permits, RetrySchedule retries, NotificationMetrics metrics,
			NotificationsHealthIndicator health, PlatformTransactionManager transactionManager) {
		this.ledger = ledger;
		this.bookings = bookings;
		this.writer = writer;
		this.couriers = couriers;
		this.permits = permits;
		this.retries = retries;
		this.metrics = metrics;
		this.health = health;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Sends a delivery once a permit of its channel is free, unless another instance holds it
	 * or it is no longer pending.
	 */
	@Async(NotificationConfiguration.EXECUTOR)
	void dispatch(DeliveriesRecorded.Pending pending) {
		whenPermitted(pending.channel(), pending.deliveryId(), () -> claimAndAttempt(pending.deliveryId()), NOTHING);
	}

	/**
	 * Sends a delivery in the calling thread, with no permit: the design this service replaced,
	 * kept only for the benchmark's comparison.
	 */
	void dispatchInline(DeliveriesRecorded.Pending pending) {
		claimAndAttempt(pending.deliveryId());
	}

	/**
	 * Sends a delivery that this instance has claimed already, once a permit of its channel is
	 * free; hands the claim back if the instance stops first.
	 */
	@Async(NotificationConfiguration.EXECUTOR)
	void dispatchClaimed(Claim claim) {
		whenPermitted(claim.channel(), claim.deliveryId(), () -> attempt(claim), () -> ledger.release(claim));
	}

	private void whenPermitted(Channel channel, UUID deliveryId, Runnable work, Runnable leave) {
		try {
			if (!permits.withPermit(channel, work)) {
				leave.run();
				log.info("Delivery {} is left for later, as this instance is stopping.", deliveryId);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			log.info("Delivery {} is left for later, as its thread was interrupted.", deliveryId);
		}
		catch (RuntimeException ex) {
			log.warn("Delivery {} could not be completed and is left for the recovery job: {}.", deliveryId,
					SafeText.of(ex.toString()));
		}
	}

	private void claimAndAttempt(UUID deliveryId) {
		ledger.claim(deliveryId).ifPresentOrElse(this::attempt, () -> log
			.debug("Delivery {} is held elsewhere or no longer pending, so it is left alone.", deliveryId));
	}

	private void attempt(Claim claim) {
		Optional<Attempt> attempt = begin(claim);
		if (attempt.isEmpty()) {
			log.debug("Delivery {} was taken over or finished elsewhere, so it is left alone.", claim.deliveryId());
			return;
		}

		Outcome outcome = send(attempt.get());

		record(claim, attempt.get().delivery(), outcome);
	}

	private Optional<Attempt> begin(Claim claim) {
		return transaction.execute(status -> ledger.start(claim)
			.map(delivery -> new Attempt(delivery, bookings.find(delivery.bookingId()).orElse(null))));
	}

	private Outcome send(Attempt attempt) {
		Delivery delivery = attempt.delivery();
		if (attempt.booking() == null) {
			return Outcome.failedForGood("The booking no longer exists.");
		}
		String address = delivery.channel().addressIn(attempt.booking().contact());
		if (address == null) {
			return Outcome.SKIPPED;
		}

		Notice notice = writer.write(delivery.event(), attempt.booking());
		Courier courier = couriers.of(delivery.channel());
		if (!courier.configured()) {
			log.info("No provider is set up for {}, so the {} message of booking {} to {} is logged instead: {}",
					delivery.channel().value(), delivery.event().value(), delivery.bookingId(),
					delivery.channel().mask(address), notice.text());
			return Outcome.LOGGED;
		}

		Outcome outcome = metrics.timeProviderCall(delivery.channel(),
				() -> courier.send(delivery.id(), address, notice));
		health.record(delivery.channel(), outcome instanceof Outcome.Sent);
		return outcome;
	}

	private void record(Claim claim, Delivery delivery, Outcome outcome) {
		boolean recorded = switch (outcome) {
			case Outcome.Sent sent -> sent(claim, delivery, sent);
			case Outcome.Logged logged -> counted(delivery, "logged", ledger.markLogged(claim));
			case Outcome.Skipped skipped -> counted(delivery, "skipped", ledger.markSkipped(claim));
			case Outcome.Failed failed -> failed(claim, delivery, failed);
		};
		if (!recorded) {
			log.warn("Delivery {} was taken over by another instance while it was being sent, so the customer may "
					+ "get it twice.", delivery.id());
		}
	}

	private boolean sent(Claim claim, Delivery delivery, Outcome.Sent sent) {
		log.info("Sent the {} message of booking {} by {} on try {}.", delivery.event().value(),
				delivery.bookingId(), delivery.channel().value(), delivery.attempts());
		return counted(delivery, "sent", ledger.markSent(claim, sent.providerMessageId()));
	}

	private boolean failed(Claim claim, Delivery delivery, Outcome.Failed failed) {
		Optional<Duration> pause = failed.permanent() ? Optional.empty() : retries.pauseAfter(delivery.attempts());
		if (pause.isPresent()) {
			log.warn("Try {} of the {} message of booking {} by {} failed, and is repeated in {}: {}",
					delivery.attempts(), delivery.event().value(), delivery.bookingId(), delivery.channel().value(),
					pause.get(), failed.reason());
			return counted(delivery, "retry", ledger.retryLater(claim, failed.reason(), pause.get()));
		}

		log.warn("Gave up on the {} message of booking {} by {} after {} tries: {}", delivery.event().value(),
				delivery.bookingId(), delivery.channel().value(), delivery.attempts(), failed.reason());
		return counted(delivery, "failed", ledger.markFailed(claim, failed.reason()));
	}

	private boolean counted(Delivery delivery, String outcome, boolean recorded) {
		metrics.count(delivery.channel(), outcome);
		return recorded;
	}

	/**
	 * A try that has started, with the booking as it is now, or null if it is gone.
	 */
	private record Attempt(Delivery delivery, BookingSummary booking) {
	}

}
