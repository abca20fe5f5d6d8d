package com.bookingservice.bench.ceiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statements of one booking, as the service issues them for {@code POST /bookings/} with
 * an Idempotency-Key (read from PostgreSQL's statement log, {@code log_statement=all}, of the
 * service as of December 2026, whose catalog caches services), or only the core that keeps
 * capacity: lock the service, count what overlaps, insert, commit.
 */
public enum Workload {

	/**
	 * Everything the service's transaction does: claim the idempotency key, lock the service
	 * and read its opening hours, count the overlapping bookings, read the customer's contact,
	 * write the three deliveries, claimed, in one statement, insert the booking, keep the
	 * response, commit.
	 */
	SERVICE_STATEMENTS(9) {

		@Override
		void book(Connection db, Booking b) throws SQLException {
			claimKey(db, b);
			lockService(db, b);
			query(db, "select service_id, day_of_week, opens, closes from service_opening_hours where service_id = ?",
					b.serviceId());
			countOverlapping(db, b);
			query(db, "select id, created_at, email, name, password_hash, phone, role from accounts where id = ?",
					b.customerId());
			recordDeliveries(db, b);
			insertBooking(db, b);
			update(db, "update idempotent_requests set response_body = ? where account_id = ? and idempotency_key = ?",
					"{\"id\":\"" + b.id() + "\",\"status\":\"pending\"}", b.customerId(), b.idempotencyKey());
			db.commit();
		}

	},

	/**
	 * Only what capacity needs: lock the service row, count the overlapping bookings, insert.
	 */
	CORE(4) {

		@Override
		void book(Connection db, Booking b) throws SQLException {
			lockService(db, b);
			countOverlapping(db, b);
			insertBooking(db, b);
			db.commit();
		}

	};

	private static final String SERVICE_COLUMNS = """
			id, active, capacity, created_at, currency, duration_minutes, name, price, time_zone, updated_at, \
			version""";

	private final int statements;

	Workload(int statements) {
		this.statements = statements;
	}

	/**
	 * Statements per booking, the commit included.
	 */
	public int statements() {
		return statements;
	}

	abstract void book(Connection db, Booking booking) throws SQLException;

	private static void claimKey(Connection db, Booking b) throws SQLException {
		Timestamp now = Timestamp.from(b.now());
		update(db, """
				insert into idempotent_requests (account_id, idempotency_key, request_hash, created_at)
				values (?, ?, ?, ?)
				on conflict (account_id, idempotency_key) do update
				set request_hash = excluded.request_hash, response_body = null, created_at = excluded.created_at
				where idempotent_requests.created_at < ?""", b.customerId(), b.idempotencyKey(),
				"0".repeat(64), now, Timestamp.from(b.now().minus(1, ChronoUnit.DAYS)));
	}

	private static void lockService(Connection db, Booking b) throws SQLException {
		query(db, "select " + SERVICE_COLUMNS + " from services where id = ? for no key update", b.serviceId());
	}

	private static void countOverlapping(Connection db, Booking b) throws SQLException {
		query(db, """
				select count(*) from bookings where service_id = ? and status in ('pending_payment', 'pending', 'confirmed')
				and tstzrange(starts_at, ends_at) && tstzrange(cast(? as timestamptz), cast(? as timestamptz))""",
				b.serviceId(), b.startsAt().atOffset(ZoneOffset.UTC), b.endsAt().atOffset(ZoneOffset.UTC));
	}

	private static void recordDeliveries(Connection db, Booking b) throws SQLException {
		String row = """
				(?, ?, 'received', ?, 'pending', statement_timestamp() + make_interval(secs => 45), 'ceiling', ?,
				 statement_timestamp() + make_interval(secs => 45), now(), now())""";
		List<Object> parameters = new ArrayList<>();
		for (String channel : List.of("sms", "whatsapp", "email")) {
			parameters.addAll(List.of(UUID.randomUUID(), b.id(), channel, UUID.randomUUID()));
		}
		query(db, """
				insert into notification_deliveries
				    (id, booking_id, event, channel, status, next_attempt_at, claimed_by, claim_token, claimed_until,
				     created_at, updated_at)
				values %s, %s, %s
				on conflict on constraint notification_deliveries_once do nothing
				returning id, channel, claim_token""".formatted(row, row, row), parameters.toArray());
	}

	private static void insertBooking(Connection db, Booking b) throws SQLException {
		Timestamp now = Timestamp.from(b.now());
		update(db, """
				insert into bookings (amount, contact_name, contact_phone, contact_whatsapp, contact_email, created_at,
				    currency, customer_id, ends_at, notes, service_id, starts_at, status, updated_at, version, id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", 50_000L, "Bench Customer", "+919800000001",
				"+919800000001", "customer@bench.test", now, "INR", b.customerId(), Timestamp.from(b.endsAt()), null,
				b.serviceId(), Timestamp.from(b.startsAt()), "pending", now, 0L, b.id());
	}

	private static void query(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(db, sql, parameters); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				rows.getObject(1);
			}
		}
	}

	private static void update(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(db, sql, parameters)) {
			statement.executeUpdate();
		}
	}

	private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = db.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

	/**
	 * One booking to make.
	 */
	record Booking(UUID id, UUID serviceId, UUID customerId, Instant startsAt, Instant endsAt, String idempotencyKey,
			Instant now) {
	}

}
