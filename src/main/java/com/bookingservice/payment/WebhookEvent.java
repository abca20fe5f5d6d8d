package com.bookingservice.payment;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.bookingservice.payment.PaymentProblems.WebhookUnreadable;

/**
 * A Razorpay webhook event: its type, such as {@code payment.captured}, and the entities it
 * carries under {@code payload}, each as {@code payload.<entity>.entity}.
 *
 * @param type the event's type
 * @param payload the entities it carries
 */
record WebhookEvent(String type, JsonNode payload) {

	static WebhookEvent parse(JsonMapper json, String body) {
		try {
			JsonNode event = json.readTree(body);
			String type = text(event.path("event"));
			if (type == null || !event.path("payload").isObject()) {
				throw new WebhookUnreadable();
			}
			return new WebhookEvent(type, event.path("payload"));
		}
		catch (JacksonException ex) {
			throw new WebhookUnreadable();
		}
	}

	String paymentId() {
		return required(entity("payment").path("id"));
	}

	/**
	 * The order that the payment pays, as the payment tells it, or else as the order does.
	 */
	String orderId() {
		String fromPayment = text(entity("payment").path("order_id"));
		return fromPayment != null ? fromPayment : required(entity("order").path("id"));
	}

	/**
	 * Why the payment failed, as Razorpay puts it for people.
	 */
	String failureReason() {
		JsonNode payment = entity("payment");
		String description = text(payment.path("error_description"));
		String code = text(payment.path("error_code"));
		return description != null ? description : code != null ? code : "Razorpay gave no reason";
	}

	String refundId() {
		return required(entity("refund").path("id"));
	}

	String refundedPaymentId() {
		return required(entity("refund").path("payment_id"));
	}

	private JsonNode entity(String name) {
		return payload.path(name).path("entity");
	}

	private static String required(JsonNode node) {
		String value = text(node);
		if (value == null || value.isBlank()) {
			throw new WebhookUnreadable();
		}
		return value;
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.stringValue() : null;
	}

}
