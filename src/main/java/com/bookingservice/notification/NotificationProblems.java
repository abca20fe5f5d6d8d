package com.bookingservice.notification;

import java.util.UUID;

import com.bookingservice.support.ApiProblem;

import org.springframework.http.HttpStatus;

/**
 * What can go wrong when staff retry a delivery, as told to clients.
 */
final class NotificationProblems {

	private NotificationProblems() {
	}

	/**
	 * The booking has no delivery with this id.
	 */
	static final class DeliveryNotFound extends ApiProblem {

		DeliveryNotFound(UUID bookingId, UUID deliveryId) {
			super(HttpStatus.NOT_FOUND, "delivery-not-found", "Delivery not found",
					"Booking " + bookingId + " has no notification delivery " + deliveryId + ".");
		}

	}

	/**
	 * Only a failed delivery can be retried; any other is sent, or on its way.
	 */
	static final class DeliveryNotFailed extends ApiProblem {

		DeliveryNotFailed(UUID deliveryId, String status) {
			super(HttpStatus.CONFLICT, "delivery-not-failed", "Delivery not failed",
					"Delivery " + deliveryId + " is " + status + "; only a failed delivery can be retried.");
		}

	}

}
