package com.bookingservice.notification;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.booking.BookingSummary;
import com.bookingservice.booking.Bookings;

import org.springframework.stereotype.Component;

/**
 * Sends deliveries on the threads of their channel's line, never on a request's. A delivery
 * comes claimed, waits in line, renews its lease only if the wait used up much of it, calls the
 * provider with no transaction or connection held, and has its outcome written with those of
 * the deliveries that end with it.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	/** What a lease must still run, beyond the longest provider call, for a try to start on it. */
	private static final Duration RENEWAL_MARGIN = Duration.ofSeconds(2);

	private final Bookings bookings;

	private final DeliveryLedger ledger;

	private final SettlementWriter settlements;

	private final NoticeWriter writer;

	private final Couriers couriers;

	private final ProviderLines lines;

	private final RetrySchedule retries;

	private final NotificationMetrics metrics;

	private final NotificationsHealthIndicator health;

	private final long renewBelowNanos;

	DeliveryWorker(Bookings bookings, DeliveryLedger ledger, SettlementWriter settlements, NoticeWriter writer,
			Couriers couriers, ProviderLines lines, RetrySchedule retries, NotificationMetrics metrics,
			NotificationsHealthIndicator health, NotificationProperties properties) {
		this.bookings = bookings;
		this.ledger = ledger;
		this.settlements = settlements;
		this.writer = writer;
		this.couriers = couriers;
		this.lines = lines;
		this.retries = retries;
		this.metrics = metrics;
		this.health = health;
		this.renewBelowNanos = properties.callBudget().plus(RENEWAL_MARGIN).toNanos();
	}

	/**
	 * Sends a claimed delivery once a thread of its channel is free, or hands the claim back if
	 * the instance stops first.
	 *
	 * @param booking the booking as the message is to tell of it, or null to read it then
	 */
	void dispatch(Claim claim, BookingSummary booking) {
		lines.enqueue(claim, () -> attemptOrLeave(claim, booking));
	}

	/**
	 * Sends a claimed delivery in the calling thread, outside the lines: the design this service
	 * replaced, kept only for the benchmark's comparison.
	 */
	void dispatchInline(Claim claim, BookingSummary booking) {
		attempt(claim, booking);
	}

	private void attemptOrLeave(Claim claim, BookingSummary booking) {
		try {
			attempt(claim, booking);
		}
		catch (RuntimeException ex) {
			log.warn("Delivery {} could not be completed and is left for the recovery job: {}.", claim.deliveryId(),
					SafeText.of(ex.toString()));
		}
	}

	private void attempt(Claim claimed, BookingSummary known) {
		Optional<Claim> held = claimed.leaseLeft() < renewBelowNanos ? ledger.renew(claimed) : Optional.of(claimed);
		if (held.isEmpty()) {
			log.debug("Delivery {} was taken over or finished elsewhere, so it is left alone.", claimed.deliveryId());
			return;
		}
		Claim claim = held.get();
		BookingSummary booking = known != null ? known : bookings.find(claim.delivery().bookingId()).orElse(null);

		Outcome outcome = send(claim, booking);

		record(claim, outcome);
	}

	private Outcome send(Claim claim, BookingSummary booking) {
		Delivery delivery = claim.delivery();
		if (booking == null) {
			return Outcome.failedForGood("The booking no longer exists.");
		}
		String address = delivery.channel().addressIn(booking.contact());
		if (address == null) {
			return Outcome.SKIPPED;
		}

		Notice notice = writer.write(delivery.event(), booking);
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

	private void record(Claim claim, Outcome outcome) {
		Delivery delivery = claim.delivery();
		Settlement settlement = switch (outcome) {
			case Outcome.Sent sent -> {
				log.debug("Sent the {} message of booking {} by {} on try {}.", delivery.event().value(),
						delivery.bookingId(), delivery.channel().value(), claim.thisTry());
				yield Settlement.sent(claim, sent.providerMessageId());
			}
			case Outcome.Logged logged -> Settlement.logged(claim);
			case Outcome.Skipped skipped -> Settlement.skipped(claim);
			case Outcome.Failed failed -> failed(claim, failed);
		};
		metrics.count(delivery.channel(), outcomeName(settlement));
		if (!settlements.write(settlement)) {
			log.warn("Delivery {} was taken over by another instance while it was being sent, so the customer may "
					+ "get it twice.", delivery.id());
		}
	}

	private Settlement failed(Claim claim, Outcome.Failed failed) {
		Delivery delivery = claim.delivery();
		Optional<Duration> pause = failed.permanent() ? Optional.empty() : retries.pauseAfter(claim.thisTry());
		if (pause.isPresent()) {
			log.warn("Try {} of the {} message of booking {} by {} failed, and is repeated in {}: {}",
					claim.thisTry(), delivery.event().value(), delivery.bookingId(), delivery.channel().value(),
					pause.get(), failed.reason());
			return Settlement.retryLater(claim, failed.reason(), pause.get());
		}

		log.warn("Gave up on the {} message of booking {} by {} after {} tries: {}", delivery.event().value(),
				delivery.bookingId(), delivery.channel().value(), claim.thisTry(), failed.reason());
		return Settlement.failed(claim, failed.reason());
	}

	private static String outcomeName(Settlement settlement) {
		return settlement.status() == DeliveryStatus.PENDING ? "retry" : settlement.status().value();
	}

}
