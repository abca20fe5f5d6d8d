package com.bookingservice.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service as clients see it.
 */
record ServiceView(UUID id, String name, int durationMinutes, long price, String currency, int capacity,
		String timeZone, List<OpeningHours> openingHours, boolean active, Instant createdAt, Instant updatedAt) {
}
