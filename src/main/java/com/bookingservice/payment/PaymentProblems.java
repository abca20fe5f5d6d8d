package com.bookingservice.payment;

import com.bookingservice.support.ApiProblem;

import org.springframework.http.HttpStatus;

/**
 * What can go wrong when paying online, as told to clients and to Razorpay.
 */
final class PaymentProblems {

	private PaymentProblems() {
	}

	/**
	 * Razorpay's API keys are not set on this server.
	 */
	static final class OnlinePaymentNotConfigured extends ApiProblem {

		OnlinePaymentNotConfigured() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "online-payment-not-configured", "Online payment not configured",
					"Online payment is not configured on this server: set booking.payments.razorpay.key-id and "
							+ "booking.payments.razorpay.key-secret to Razorpay API keys, or book without paying "
							+ "online.");
		}

	}

	/**
	 * Razorpay could not be reached, did not answer in time, or refused to open an order.
	 */
	static final class PaymentProviderUnavailable extends ApiProblem {

		PaymentProviderUnavailable() {
			super(HttpStatus.BAD_GATEWAY, "payment-provider-unavailable", "Payment provider unavailable",
					"The payment provider is unavailable, so no slot was held; try again in a moment.");
		}

	}

	/**
	 * The signature from checkout was not made with this server's key secret.
	 */
	static final class PaymentSignatureInvalid extends ApiProblem {

		PaymentSignatureInvalid() {
			super(HttpStatus.BAD_REQUEST, "payment-signature-invalid", "Payment signature invalid",
					"razorpay_signature does not match razorpay_order_id and razorpay_payment_id.");
		}

	}

	/**
	 * No booking's payment opened this order.
	 */
	static final class OrderUnknown extends ApiProblem {

		OrderUnknown(String orderId) {
			super(HttpStatus.BAD_REQUEST, "order-unknown", "Order unknown",
					"No booking is paid with order " + orderId + ".");
		}

	}

	/**
	 * The order pays for another booking than the one named.
	 */
	static final class OrderOfAnotherBooking extends ApiProblem {

		OrderOfAnotherBooking(String orderId) {
			super(HttpStatus.BAD_REQUEST, "order-of-another-booking", "Order of another booking",
					"Order " + orderId + " does not pay for the booking named in booking_id.");
		}

	}

	/**
	 * The order pays for a booking that the caller may not see.
	 */
	static final class PaidBookingNotFound extends ApiProblem {

		PaidBookingNotFound(String orderId) {
			super(HttpStatus.NOT_FOUND, "booking-not-found", "Booking not found",
					"There is no booking paid with order " + orderId + ".");
		}

	}

	/**
	 * The payment arrived but could not confirm its booking, and is returned in full.
	 */
	static final class PaymentBeingRefunded extends ApiProblem {

		PaymentBeingRefunded(Payment payment) {
			super(HttpStatus.CONFLICT, "payment-refunded", "Payment refunded",
					"The payment could not confirm booking " + payment.bookingId() + " because "
							+ payment.refundCause().description() + "; it is refunded in full.");
		}

	}

	/**
	 * The webhook secret is not set on this server.
	 */
	static final class WebhooksNotConfigured extends ApiProblem {

		WebhooksNotConfigured() {
			super(HttpStatus.SERVICE_UNAVAILABLE, "webhooks-not-configured", "Webhooks not configured",
					"Set booking.payments.razorpay.webhook-secret to receive Razorpay webhooks.");
		}

	}

	/**
	 * The webhook's signature is missing or was not made with the webhook secret.
	 */
	static final class WebhookSignatureInvalid extends ApiProblem {

		WebhookSignatureInvalid() {
			super(HttpStatus.BAD_REQUEST, "webhook-signature-invalid", "Webhook signature invalid",
					"X-Razorpay-Signature is missing or does not match the body.");
		}

	}

	/**
	 * A signed webhook whose body is not an event as Razorpay sends them.
	 */
	static final class WebhookUnreadable extends ApiProblem {

		WebhookUnreadable() {
			super(HttpStatus.BAD_REQUEST, "webhook-unreadable", "Webhook unreadable",
					"The body is not a Razorpay event with the fields its type needs.");
		}

	}

	/**
	 * A webhook event could not be processed now; Razorpay delivers it again later.
	 */
	static final class WebhookNotProcessed extends ApiProblem {

		WebhookNotProcessed() {
			super(HttpStatus.INTERNAL_SERVER_ERROR, "webhook-not-processed", "Webhook not processed",
					"The event could not be processed now and nothing was changed; deliver it again later.");
		}

	}

}
