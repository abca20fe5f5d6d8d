package com.bookingservice.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.payment.RazorpayGateway.ProviderPayment;
import com.bookingservice.payment.RazorpayGateway.RazorpayCallFailed;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks Razorpay about payments that nobody has reported settled a while after their order was
 * opened, so that a lost webhook and an app closed before it confirmed cannot leave a paid
 * booking unconfirmed. A captured payment found this way takes the same path as one that a
 * webhook reports; that includes the payments of bookings cancelled meanwhile, which are
 * returned. Safe with several instances: each order is claimed until its next check is due,
 * and Razorpay is then called on a {@link PaymentTasks} thread with no transaction open.
 */
@Component
class PaymentReconciliation {

	private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

	private final PaymentLedger ledger;

	private final PaymentSettlement settlement;

	private final RazorpayGateway gateway;

	private final PaymentTasks tasks;

	private final RazorpayProperties properties;

	private final Clock clock;

	PaymentReconciliation(PaymentLedger ledger, PaymentSettlement settlement, RazorpayGateway gateway,
			PaymentTasks tasks, RazorpayProperties properties, Clock clock) {
		this.ledger = ledger;
		this.settlement = settlement;
		this.gateway = gateway;
		this.tasks = tasks;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${booking.payments.razorpay.reconcile-interval:1m}",
			fixedDelayString = "${booking.payments.razorpay.reconcile-interval:1m}")
	void reconcile() {
		if (!gateway.configured()) {
			return;
		}
		try {
			claimUnsettled().forEach(orderId -> tasks.run("Reconciliation of an order", () -> reconcile(orderId)));
		}
		catch (DataAccessException ex) {
			log.warn("Could not look for unsettled payments, and will look again shortly: {}.",
					ex.getClass().getSimpleName());
		}
	}

	private List<String> claimUnsettled() {
		Instant now = clock.instant();
		Duration pause = max(properties.reconcileInterval(), properties.longestCall());
		return ledger.claimUnsettled(properties.batchSize(), now.minus(properties.reconcileAfter()),
				now.minus(properties.reconcileFor()), now, pause);
	}

	private void reconcile(String orderId) {
		try {
			gateway.paymentsOf(orderId).stream().filter(ProviderPayment::captured).findFirst().ifPresent(payment -> {
				log.info("Reconciliation found payment {} of order {} captured.", payment.id(), orderId);
				settlement.captured(orderId, payment.id(), "reconciliation");
			});
		}
		catch (RazorpayCallFailed ex) {
			log.warn("Could not ask Razorpay about order {}, and will ask again later: {}.", orderId,
					ex.getMessage());
		}
	}

	private static Duration max(Duration one, Duration other) {
		return one.compareTo(other) >= 0 ? one : other;
	}

}
