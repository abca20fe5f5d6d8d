package com.bookingservice.notification;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.notification.NotificationProblems.DeliveryNotFailed;
import com.bookingservice.notification.NotificationProblems.DeliveryNotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets staff give a failed delivery another round of tries, such as after a customer's number
 * was corrected or a provider's account was fixed.
 */
@Service
class DeliveryRetries {

	private static final Logger log = LoggerFactory.getLogger(DeliveryRetries.class);

	private final DeliveryLedger ledger;

	private final ApplicationEventPublisher events;

	DeliveryRetries(DeliveryLedger ledger, ApplicationEventPublisher events) {
		this.ledger = ledger;
		this.events = events;
	}

	/**
	 * Puts a failed delivery back to pending, to be sent once this transaction commits.
	 *
	 * @throws DeliveryNotFound if the booking has no such delivery
	 * @throws DeliveryNotFailed if the delivery has not failed
	 */
	@Transactional
	DeliveryView retry(UUID bookingId, UUID deliveryId) {
		DeliveryView current = ledger.find(bookingId, deliveryId)
			.orElseThrow(() -> new DeliveryNotFound(bookingId, deliveryId));

		Claim claim = ledger.reopen(bookingId, deliveryId)
			.orElseThrow(() -> new DeliveryNotFailed(deliveryId, current.status()));

		events.publishEvent(new DeliveriesRecorded(List.of(claim), List.of(), null));
		log.info("Delivery {} of booking {} is to be tried again.", deliveryId, bookingId);
		return ledger.find(bookingId, deliveryId).orElseThrow();
	}

}
