package com.bookingservice.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Razorpay gateway, built from the settings.
 */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PaymentConfiguration.class);

	@Bean(destroyMethod = "close")
	RazorpayGateway razorpayGateway(RazorpayProperties properties) {
		if (!properties.hasKeys()) {
			log.warn("Online payment is off: set booking.payments.razorpay.key-id and key-secret to take payments "
					+ "with Razorpay.");
		}
		else if (!properties.hasWebhookSecret()) {
			log.warn("No booking.payments.razorpay.webhook-secret is set, so Razorpay's webhooks are refused and "
					+ "payments are confirmed by checkout and reconciliation only.");
		}
		else {
			log.info("Online payment with Razorpay is on, through {}.", properties.baseUrl());
		}
		return RazorpayGateway.of(properties);
	}

}
