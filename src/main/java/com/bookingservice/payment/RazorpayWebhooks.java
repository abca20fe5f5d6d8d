package com.bookingservice.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on the webhook events that Razorpay sends, each once: its id is recorded in the
 * transaction that acts on it, so a repeated delivery finds it and does nothing, and an event
 * whose processing fails leaves no trace and is processed when Razorpay delivers it again.
 */
@Component
class RazorpayWebhooks {

	/** Razorpay repeats a delivery for a day at most; ids are kept well beyond that. */
	private static final Duration RETENTION = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(RazorpayWebhooks.class);

	private final JdbcClient jdbc;

	private final PaymentSettlement settlement;

	private final Clock clock;

	RazorpayWebhooks(JdbcClient jdbc, PaymentSettlement settlement, Clock clock) {
		this.jdbc = jdbc;
		this.settlement = settlement;
		this.clock = clock;
	}

	/**
	 * Acts on an event, unless an event with the same id was acted on before.
	 *
	 * @param eventId the id from {@code X-Razorpay-Event-Id}, or null if there was none
	 * @return the outcome, for the metrics: processed, unmatched, replayed or ignored
	 */
	@Transactional
	String process(String eventId, WebhookEvent event) {
		if (eventId != null && !firstDelivery(eventId, event.type())) {
			log.debug("Razorpay event {} was processed before; its repeat changes nothing.", eventId);
			return "replayed";
		}

		return switch (event.type()) {
			case "payment.captured", "order.paid" -> outcome(settlement.captured(event.orderId(), event.paymentId(),
					"webhook"));
			case "payment.failed" -> outcome(settlement.failed(event.orderId(), event.failureReason()));
			case "refund.processed" -> outcome(settlement.refundProcessed(event.refundedPaymentId(),
					event.refundId()));
			case "refund.failed" -> outcome(settlement.refundFailed(event.refundedPaymentId(), event.refundId()));
			default -> ignored(eventId, event.type());
		};
	}

	@Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
	@Transactional
	void forgetOldEvents() {
		int forgotten = jdbc.sql("delete from payment_webhook_events where received_at < :cutoff")
			.param("cutoff", clock.instant().minus(RETENTION).atOffset(ZoneOffset.UTC))
			.update();
		if (forgotten > 0) {
			log.debug("Forgot {} Razorpay event ids older than {}.", forgotten, RETENTION);
		}
	}

	private boolean firstDelivery(String eventId, String type) {
		return jdbc.sql("""
				insert into payment_webhook_events (event_id, event_type, received_at) values (:id, :type, :now)
				on conflict (event_id) do nothing""")
			.param("id", eventId)
			.param("type", type)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	private static String outcome(Optional<Payment> payment) {
		return payment.isPresent() ? "processed" : "unmatched";
	}

	private static String ignored(String eventId, String type) {
		log.debug("Razorpay event {} of type {} is not one this service acts on.", eventId, type);
		return "ignored";
	}

}
