package com.bookingservice.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.bookingservice.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capacity check reads the bookings that overlap a time range from its index, not from the
 * whole table, whatever the database's size.
 */
class CapacityQueryTests extends ApiTest {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void theConditionNamesEveryStatusThatHoldsCapacity() {
		String statuses = BookingStatus.HOLDING_CAPACITY.stream()
			.map(status -> "'" + status.value() + "'")
			.collect(Collectors.joining(", "));

		assertThat(BookingRepository.HOLDING_CAPACITY_DURING).contains("status in (" + statuses + ")");
	}

	@Test
	void theConditionIsAnsweredFromTheOverlapIndex() {
		List<String> plan = transaction.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			return jdbc.sql("explain select count(*) from bookings where "
					+ BookingRepository.HOLDING_CAPACITY_DURING.replace(":serviceId", "cast(:serviceId as uuid)"))
				.param("serviceId", UUID.randomUUID().toString())
				.param("startsAt", Instant.parse("2026-12-10T10:00:00Z").toString())
				.param("endsAt", Instant.parse("2026-12-10T11:00:00Z").toString())
				.query(String.class)
				.list();
		});

		assertThat(String.join("\n", plan)).contains("bookings_holding_capacity");
	}

}
