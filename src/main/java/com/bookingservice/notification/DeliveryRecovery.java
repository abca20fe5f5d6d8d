package com.bookingservice.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what nobody is sending: deliveries whose retry is due, deliveries written just before
 * an instance stopped, and deliveries whose holder died mid-send, once its lease has run out.
 * Every instance runs it; a delivery goes to the one that claims it first.
 */
@Component
class DeliveryRecovery {

	private static final Logger log = LoggerFactory.getLogger(DeliveryRecovery.class);

	private final DeliveryLedger ledger;

	private final DeliveryWorker worker;

	private final NotificationMetrics metrics;

	private final ProviderLines lines;

	private final int batchSize;

	DeliveryRecovery(DeliveryLedger ledger, DeliveryWorker worker, NotificationMetrics metrics,
			ProviderLines lines, NotificationProperties properties) {
		this.ledger = ledger;
		this.worker = worker;
		this.metrics = metrics;
		this.lines = lines;
		this.batchSize = properties.recoveryBatchSize();
	}

	@Scheduled(initialDelayString = "${booking.notifications.recovery-interval:10s}",
			fixedDelayString = "${booking.notifications.recovery-interval:10s}")
	void recover() {
		if (!lines.isRunning()) {
			return;
		}
		try {
			List<Claim> claims = ledger.claimDue(batchSize);
			if (!claims.isEmpty()) {
				log.debug("Instance {} took on {} due deliveries.", ledger.instance(), claims.size());
			}
			claims.forEach(claim -> worker.dispatch(claim, null));

			metrics.backlog(ledger.backlog());
		}
		catch (DataAccessException ex) {
			log.warn("Could not look for due deliveries, and will look again shortly: {}.",
					ex.getClass().getSimpleName());
		}
	}

}
