package com.bookingservice.notification;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The couriers, and the lines of deliveries that wait for them, away from requests.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	/** How long calls in flight may run on once the instance stops. */
	private static final Duration TERMINATION = Duration.ofSeconds(15);

	@Bean
	ProviderLines providerLines(NotificationProperties properties, SettlementWriter settlements) {
		return new ProviderLines(properties.maxInFlight(), TERMINATION, settlements::release);
	}

	@Bean(destroyMethod = "close")
	Couriers couriers(NotificationProperties properties, ObjectProvider<JavaMailSender> mailSender) {
		return Couriers.of(properties, mailSender.getIfAvailable());
	}

}
