package com.bookingservice.payment;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of online payment with Razorpay. Without a key id and secret, online payment is off
 * and {@code POST /bookings/razorpay-booking} answers 503.
 *
 * @param keyId the API key id, which checkout in the app also uses
 * @param keySecret the API key secret; it also signs what checkout hands back to the app
 * @param webhookSecret the secret that Razorpay signs webhooks with
 * @param baseUrl where Razorpay's API is: only its scheme, host and port are used; point it at
 * a local stand-in for tests
 * @param connectTimeout the longest wait for a connection to Razorpay
 * @param readTimeout the longest wait for Razorpay to take a request or answer it
 * @param refundRetryInterval the pause before a failed refund is tried again, and how often the
 * refunds that are due are looked for
 * @param reconcileAfter how old an unsettled payment must be before Razorpay is asked about it
 * @param reconcileInterval how often each unsettled payment is asked about, and how often the
 * job looks for them
 * @param reconcileFor how long after its order was opened a payment is still asked about
 * @param batchSize how many payments each run of the refund and reconciliation jobs takes on
 */
@Validated
@ConfigurationProperties("booking.payments.razorpay")
record RazorpayProperties(String keyId, String keySecret, String webhookSecret,
		@NotNull @DefaultValue("https://api.razorpay.com") URI baseUrl,
		@NotNull @DefaultValue("5s") Duration connectTimeout,
		@NotNull @DefaultValue("10s") Duration readTimeout,
		@NotNull @DefaultValue("1m") Duration refundRetryInterval,
		@NotNull @DefaultValue("5m") Duration reconcileAfter,
		@NotNull @DefaultValue("1m") Duration reconcileInterval,
		@NotNull @DefaultValue("2d") Duration reconcileFor,
		@Min(1) @Max(1000) @DefaultValue("50") int batchSize) {

	boolean hasKeys() {
		return StringUtils.hasText(keyId) && StringUtils.hasText(keySecret);
	}

	boolean hasWebhookSecret() {
		return StringUtils.hasText(webhookSecret);
	}

	/**
	 * The SDK reads an entity's type from the path of the request it answers, so the base URL
	 * may not add a path of its own.
	 */
	@AssertTrue(message = "must be an http or https URL with no path, such as https://api.razorpay.com")
	boolean isBaseUrlAHost() {
		String path = baseUrl.getPath();
		return ("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme())) && baseUrl.getHost() != null
				&& (path == null || path.isEmpty() || "/".equals(path));
	}

	/**
	 * How long one call to Razorpay can take at most, so that a claim on a payment outlasts it.
	 */
	Duration longestCall() {
		return connectTimeout.plus(readTimeout.multipliedBy(2));
	}

}
