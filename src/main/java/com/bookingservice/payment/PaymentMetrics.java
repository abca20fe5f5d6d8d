package com.bookingservice.payment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Micrometer meters of online payment: orders opened, payments captured, confirmations
 * refused, webhook events by type and outcome, and refunds by outcome.
 */
@Component
class PaymentMetrics {

	private final MeterRegistry registry;

	PaymentMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Counts an attempt to open an order: created or failed.
	 */
	void order(String outcome) {
		count("payment.orders", "Razorpay orders opened, by outcome", "outcome", outcome);
	}

	/**
	 * Counts a captured payment by the path that reported it first: verify, webhook or
	 * reconciliation.
	 */
	void captured(String source) {
		count("payment.captured", "Payments captured, by what reported them", "source", source);
	}

	/**
	 * Counts a refused confirmation from checkout: signature, unknown_order or other_booking.
	 */
	void verificationFailed(String reason) {
		count("payment.verification.failures", "Checkout confirmations refused, by reason", "reason", reason);
	}

	void webhook(String type, String outcome) {
		Counter.builder("payment.webhook.events")
			.description("Razorpay webhook events, by type and outcome")
			.tag("type", type)
			.tag("outcome", outcome)
			.register(registry)
			.increment();
	}

	/**
	 * Counts a refund's step: issued, failed (the call), processed or rejected (by Razorpay,
	 * later).
	 */
	void refund(String outcome) {
		count("payment.refunds", "Refunds, by outcome", "outcome", outcome);
	}

	private void count(String name, String description, String tag, String value) {
		Counter.builder(name).description(description).tag(tag, value).register(registry).increment();
	}

}
