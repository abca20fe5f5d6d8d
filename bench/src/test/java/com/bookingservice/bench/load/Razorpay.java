package com.bookingservice.bench.load;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Razorpay's checkout and webhooks sign: a payment's signature over
 * {@code order_id|payment_id} with the key secret, and a webhook's over its raw body with the
 * webhook secret, both hex HMAC-SHA256.
 */
final class Razorpay {

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Razorpay() {
	}

	static String paymentSignature(String orderId, String paymentId, String keySecret) {
		return hmac(orderId + "|" + paymentId, keySecret);
	}

	static String webhookSignature(String body, String webhookSecret) {
		return hmac(body, webhookSecret);
	}

	/**
	 * A Razorpay-style id such as {@code pay_29QQoUBi66xm2f}.
	 */
	static String id(String prefix) {
		StringBuilder id = new StringBuilder(prefix).append('_');
		for (int i = 0; i < 14; i++) {
			id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
		}
		return id.toString();
	}

	static String paymentCaptured(String paymentId, String orderId, long amount) {
		return """
				{"entity":"event","account_id":"acc_bench","event":"payment.captured","contains":["payment"],\
				"payload":{"payment":{"entity":{"id":"%s","entity":"payment","amount":%d,"currency":"INR",\
				"status":"captured","order_id":"%s","method":"upi","captured":true}}},"created_at":%d}"""
			.formatted(paymentId, amount, orderId, System.currentTimeMillis() / 1000);
	}

	private static String hmac(String data, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime.", ex);
		}
	}

}
