package com.bookingservice.notification;

import java.util.UUID;

/**
 * This instance's hold on a delivery, good until its lease runs out or another claim replaces it.
 *
 * @param deliveryId the delivery held
 * @param channel the delivery's channel
 * @param token what tells this claim from any later one on the same delivery
 */
record Claim(UUID deliveryId, Channel channel, UUID token) {
}
