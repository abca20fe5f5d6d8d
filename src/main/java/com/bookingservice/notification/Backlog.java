package com.bookingservice.notification;

/**
 * The deliveries still waiting to be sent.
 *
 * @param pending how many there are
 * @param oldestAgeSeconds how long ago the oldest of them was written, in seconds
 */
record Backlog(long pending, double oldestAgeSeconds) {
}
