package com.bookingservice.notification;

import java.util.UUID;

import com.bookingservice.support.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's hand on a booking's notifications. The deliveries themselves are shown with the
 * booking, under {@code notifications}.
 */
@RestController
class DeliveryController {

	private final DeliveryRetries retries;

	DeliveryController(DeliveryRetries retries) {
		this.retries = retries;
	}

	@PostMapping("/bookings/{bookingId}/notifications/{deliveryId}/retry")
	DeliveryView retry(@PathVariable UUID bookingId, @PathVariable UUID deliveryId) {
		return retries.retry(bookingId, deliveryId);
	}

	/**
	 * Only staff retry deliveries.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		AccessRules notificationAccessRules() {
			return rules -> rules.requestMatchers(HttpMethod.POST, "/bookings/*/notifications/*/retry")
				.hasRole("ADMIN");
		}

	}

}
