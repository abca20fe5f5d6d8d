package com.bookingservice.notification;

import java.util.UUID;

/**
 * A delivery as the ledger holds it when it is claimed.
 *
 * @param id the delivery's id
 * @param bookingId the booking it tells about
 * @param event what happened to the booking
 * @param channel the channel it goes out on
 * @param attempts the number of tries recorded so far
 */
record Delivery(UUID id, UUID bookingId, EventKind event, Channel channel, int attempts) {
}
