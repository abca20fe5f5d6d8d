package com.bookingservice.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.bookingservice.booking.BookingStatus;
import com.bookingservice.booking.BookingSummary;
import com.bookingservice.booking.Contact;
import com.bookingservice.notification.EventKind.Occurrence;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Outcomes written together, from many threads at once, each under its own claim.
 */
class SettlementWriterTests extends NotificationTest {

	private static final Contact CONTACT = new Contact("Asha", "+919800000001", null, "asha@example.com");

	private static final OffsetDateTime TEN_O_CLOCK = OffsetDateTime.parse("2026-12-10T10:00:00+05:30");

	@Autowired
	private DeliveryLedger ledger;

	@Autowired
	private SettlementWriter settlements;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void outcomesThatEndTogetherAreEachWrittenWithTheirTryCounted() {
		List<UUID> bookings = IntStream.range(0, 40).mapToObj(i -> UUID.randomUUID()).toList();
		List<Claim> claims = bookings.stream()
			.flatMap(booking -> ledger.record(new Occurrence(booking, EventKind.RECEIVED), booking(booking)).pending().stream())
			.toList();
		assertThat(claims).hasSize(80);

		List<Boolean> written;
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<CompletableFuture<Boolean>> writes = claims.stream()
				.map(claim -> CompletableFuture.supplyAsync(
						() -> settlements.write(Settlement.sent(claim, "SM" + claim.deliveryId())), threads))
				.toList();
			written = writes.stream().map(CompletableFuture::join).toList();
		}

		assertThat(written).containsOnly(true);
		assertThat(jdbc.sql("""
				select status || ' ' || attempts || ' ' || (claim_token is null) || ' ' || (provider_message_id = 'SM' || id)
				from notification_deliveries where booking_id in (:bookings) and channel <> 'whatsapp'""")
			.param("bookings", bookings)
			.query(String.class)
			.list()).hasSize(80).containsOnly("sent 1 true true");
	}

	@Test
	void anOutcomeUnderAClaimThatWasTakenOverWritesNothing() {
		UUID booking = UUID.randomUUID();
		Claim claim = ledger.record(new Occurrence(booking, EventKind.CONFIRMED), booking(booking)).pending().getFirst();
		jdbc.sql("update notification_deliveries set claim_token = gen_random_uuid() where id = :id")
			.param("id", claim.deliveryId())
			.update();

		assertThat(settlements.write(Settlement.failed(claim, "refused"))).isFalse();
		assertThat(jdbc.sql("select status || ' ' || attempts from notification_deliveries where id = :id")
			.param("id", claim.deliveryId())
			.query(String.class)
			.single()).isEqualTo("pending 0");
	}

	@Test
	void claimsHandedBackAreTakenOnAtOnceWithTheirTriesUncounted() {
		UUID missingBooking = UUID.randomUUID();
		List<Claim> released = ledger.record(new Occurrence(missingBooking, EventKind.COMPLETED), booking(missingBooking))
			.pending();
		assertThat(released).hasSize(2);

		settlements.release(released);

		// Long before the leases of the claims handed back would run out, the recovery job takes
		// them on, and fails them for good, as their booking does not exist; that try is the only one.
		await().atMost(Duration.ofSeconds(4)).untilAsserted(() -> assertThat(jdbc.sql("""
				select status || ' ' || attempts from notification_deliveries where booking_id = :booking""")
			.param("booking", missingBooking)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("failed 1", "failed 1", "skipped 0"));
	}

	/**
	 * A booking as an event would leave it, stored nowhere.
	 */
	private static BookingSummary booking(UUID id) {
		return new BookingSummary(id, "Massage", UUID.randomUUID(), TEN_O_CLOCK, TEN_O_CLOCK.plusHours(1),
				BookingStatus.PENDING, 50_000, "INR", CONTACT);
	}

}
