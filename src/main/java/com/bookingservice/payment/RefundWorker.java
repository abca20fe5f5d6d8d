package com.bookingservice.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.payment.RazorpayGateway.ProviderRefund;
import com.bookingservice.payment.RazorpayGateway.RazorpayCallFailed;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Issues the refunds that payments are owed: at once, once the transaction that owes one
 * commits, and again from a scheduled job for each refund whose call failed, until Razorpay
 * takes it. Each try claims its payment in a short statement, calls Razorpay on a
 * {@link PaymentTasks} thread with no transaction open, and records the outcome in another
 * short transaction; a failed call stays visible with the payment until a later try succeeds.
 */
@Component
class RefundWorker {

	private static final Logger log = LoggerFactory.getLogger(RefundWorker.class);

	private final PaymentLedger ledger;

	private final PaymentSettlement settlement;

	private final RazorpayGateway gateway;

	private final PaymentMetrics metrics;

	private final Clock clock;

	private final Duration claim;

	private final Duration retryInterval;

	private final int batchSize;

	private final PaymentTasks tasks;

	RefundWorker(PaymentLedger ledger, PaymentSettlement settlement, RazorpayGateway gateway, PaymentMetrics metrics,
			PaymentTasks tasks, RazorpayProperties properties, Clock clock) {
		this.ledger = ledger;
		this.settlement = settlement;
		this.gateway = gateway;
		this.metrics = metrics;
		this.clock = clock;
		this.claim = properties.longestCall();
		this.retryInterval = properties.refundRetryInterval();
		this.batchSize = properties.batchSize();
		this.tasks = tasks;
	}

	@TransactionalEventListener
	void onRefundOwed(RefundOwed owed) {
		tasks.run("A refund", () -> refundNow(owed.paymentId()));
	}

	@Scheduled(initialDelayString = "${booking.payments.razorpay.refund-retry-interval:1m}",
			fixedDelayString = "${booking.payments.razorpay.refund-retry-interval:1m}")
	void refundDue() {
		if (!gateway.configured()) {
			return;
		}
		try {
			Instant now = clock.instant();
			List<Payment> due = ledger.claimDueRefunds(batchSize, now, now.plus(claim));
			due.forEach(payment -> tasks.run("A refund", () -> refund(payment)));
		}
		catch (DataAccessException ex) {
			log.warn("Could not look for refunds that are due, and will look again shortly: {}.",
					ex.getClass().getSimpleName());
		}
	}

	private void refundNow(UUID paymentId) {
		Instant now = clock.instant();
		ledger.claimRefund(paymentId, now, now.plus(claim)).ifPresent(this::refund);
	}

	private void refund(Payment payment) {
		try {
			ProviderRefund refund = earlierRefund(payment).orElseGet(() -> gateway.refund(payment.paymentId(),
					payment.amount(), payment.bookingId(), payment.refundCause().description()));
			settlement.refundIssued(payment, refund);
		}
		catch (RazorpayCallFailed ex) {
			Instant now = clock.instant();
			ledger.refundCallFailed(payment.id(), ex.getMessage(), now.plus(retryInterval), now);
			metrics.refund("failed");
			log.warn("Refund of payment {} for booking {} failed on try {}, and is tried again in {}: {}.",
					payment.paymentId(), payment.bookingId(), payment.refundAttempts(), retryInterval,
					ex.getMessage());
		}
	}

	/**
	 * A refund that an earlier try issued although its answer never arrived, so that a retry
	 * does not ask for a second one.
	 */
	private Optional<ProviderRefund> earlierRefund(Payment payment) {
		if (payment.refundAttempts() <= 1) {
			return Optional.empty();
		}
		try {
			return gateway.refundsOf(payment.paymentId()).stream().filter(refund -> !refund.failed()).findFirst();
		}
		catch (RazorpayCallFailed ex) {
			log.debug("Could not list the refunds of payment {}, so one is asked for; Razorpay refuses to refund "
					+ "more than was paid: {}.", payment.paymentId(), ex.getMessage());
			return Optional.empty();
		}
	}

}
