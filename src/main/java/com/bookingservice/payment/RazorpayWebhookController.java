package com.bookingservice.payment;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import com.bookingservice.payment.PaymentProblems.WebhookNotProcessed;
import com.bookingservice.payment.PaymentProblems.WebhookSignatureInvalid;
import com.bookingservice.payment.PaymentProblems.WebhookUnreadable;
import com.bookingservice.payment.PaymentProblems.WebhooksNotConfigured;
import com.bookingservice.support.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Razorpay's webhooks. They carry no access token: each is trusted only if
 * {@code X-Razorpay-Signature} is the HMAC of its raw body with the webhook secret. An event
 * that could not be processed is answered with a 5xx, so that Razorpay delivers it again.
 */
@RestController
class RazorpayWebhookController {

	static final String SIGNATURE = "X-Razorpay-Signature";

	static final String EVENT_ID = "X-Razorpay-Event-Id";

	private static final Logger log = LoggerFactory.getLogger(RazorpayWebhookController.class);

	private final RazorpayProperties properties;

	private final RazorpayGateway gateway;

	private final RazorpayWebhooks webhooks;

	private final PaymentMetrics metrics;

	private final JsonMapper json;

	RazorpayWebhookController(RazorpayProperties properties, RazorpayGateway gateway, RazorpayWebhooks webhooks,
			PaymentMetrics metrics, JsonMapper json) {
		this.properties = properties;
		this.gateway = gateway;
		this.webhooks = webhooks;
		this.metrics = metrics;
		this.json = json;
	}

	@PostMapping("/webhooks/razorpay")
	ResponseEntity<Void> receive(@RequestBody byte[] body,
			@RequestHeader(name = SIGNATURE, required = false) String signature,
			@RequestHeader(name = EVENT_ID, required = false) String eventId) {
		String text = new String(body, StandardCharsets.UTF_8);
		checkSignature(text, signature);

		WebhookEvent event = parse(text);
		String outcome = process(eventId, event);

		metrics.webhook(event.type(), outcome);
		log.debug("Razorpay event {} of type {} was {}.", eventId, event.type(), outcome);
		return ResponseEntity.ok().build();
	}

	private void checkSignature(String body, String signature) {
		if (!properties.hasWebhookSecret()) {
			throw new WebhooksNotConfigured();
		}
		if (signature == null || !gateway.isWebhookSignatureValid(body, signature)) {
			metrics.webhook("unverified", "rejected");
			log.warn("A Razorpay webhook was refused: its signature is missing or not made with the webhook secret.");
			throw new WebhookSignatureInvalid();
		}
	}

	private WebhookEvent parse(String body) {
		try {
			return WebhookEvent.parse(json, body);
		}
		catch (WebhookUnreadable ex) {
			metrics.webhook("unreadable", "unreadable");
			throw ex;
		}
	}

	private String process(String eventId, WebhookEvent event) {
		try {
			return webhooks.process(eventId, event);
		}
		catch (WebhookUnreadable ex) {
			metrics.webhook(event.type(), "unreadable");
			throw ex;
		}
		catch (RuntimeException ex) {
			metrics.webhook(event.type(), "failed");
			log.warn("Razorpay event {} of type {} could not be processed, and Razorpay will deliver it again: {}.",
					eventId, event.type(), ex.getClass().getSimpleName());
			log.debug("Razorpay event {} failed in detail.", eventId, ex);
			throw new WebhookNotProcessed();
		}
	}

	/**
	 * Razorpay calls the webhook without an access token.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		AccessRules razorpayWebhookAccessRules() {
			return rules -> rules.requestMatchers(HttpMethod.POST, "/webhooks/razorpay").permitAll();
		}

	}

}
