package com.bookingservice.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery as clients see it, among a booking's details.
 *
 * @param id the delivery's id
 * @param event the moment it tells of: received, confirmed, completed, cancelled or expired
 * @param channel sms, whatsapp or email
 * @param status pending, sent, logged, skipped or failed
 * @param attempts how many times sending it was tried
 * @param lastError why the last try failed, with addresses masked
 * @param sentAt when the provider accepted it
 * @param providerMessageId the provider's id for it: Twilio's message SID, or the e-mail's Message-ID
 */
record DeliveryView(UUID id, String event, String channel, String status, int attempts, String lastError,
		Instant sentAt, String providerMessageId) {
}
