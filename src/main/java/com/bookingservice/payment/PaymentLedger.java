package com.bookingservice.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments of bookings, one row per booking. Every statement is short; none is open
 * while Razorpay is called. Jobs that call Razorpay about a payment first claim it for a
 * while by moving its next due time ahead, so that another instance leaves it alone meanwhile.
 */
@Component
class PaymentLedger {

	private static final String COLUMNS = """
			id, booking_id, order_id, payment_id, amount, currency, status, failure_reason, refund_cause, refund_id,
			refund_status, refund_attempts, refund_error, paid_at, updated_at""";

	private static final int MAX_TEXT = 500;

	private final JdbcClient jdbc;

	PaymentLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the order opened for a booking, in a transaction of its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void open(UUID bookingId, String orderId, long amount, String currency, Instant now) {
		jdbc.sql("""
				insert into payments (id, booking_id, order_id, amount, currency, status, created_at, updated_at)
				values (:id, :bookingId, :orderId, :amount, :currency, 'pending', :now, :now)""")
			.param("id", UUID.randomUUID())
			.param("bookingId", bookingId)
			.param("orderId", orderId)
			.param("amount", amount)
			.param("currency", currency)
			.param("now", at(now))
			.update();
	}

	/**
	 * Reads the payment of an order and locks its row until the transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Payment> lockByOrder(String orderId) {
		return jdbc.sql("select " + COLUMNS + " from payments where order_id = :orderId for update")
			.param("orderId", orderId)
			.query(PaymentLedger::payment)
			.optional();
	}

	/**
	 * Reads the payment that a captured Razorpay payment settled, and locks its row until the
	 * transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Payment> lockByPaymentId(String paymentId) {
		return jdbc.sql("select " + COLUMNS + " from payments where payment_id = :paymentId for update")
			.param("paymentId", paymentId)
			.query(PaymentLedger::payment)
			.optional();
	}

	Optional<Payment> findByOrder(String orderId) {
		return jdbc.sql("select " + COLUMNS + " from payments where order_id = :orderId")
			.param("orderId", orderId)
			.query(PaymentLedger::payment)
			.optional();
	}

	Optional<Payment> findByBooking(UUID bookingId) {
		return jdbc.sql("select " + COLUMNS + " from payments where booking_id = :bookingId")
			.param("bookingId", bookingId)
			.query(PaymentLedger::payment)
			.optional();
	}

	void markPaid(UUID id, String paymentId, Instant now) {
		jdbc.sql("""
				update payments set status = 'paid', payment_id = :paymentId, paid_at = :now, updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("paymentId", paymentId)
			.param("now", at(now))
			.update();
	}

	void markFailed(UUID id, String reason, Instant now) {
		jdbc.sql("update payments set status = 'failed', failure_reason = :reason, updated_at = :now where id = :id")
			.param("id", id)
			.param("reason", shortened(reason))
			.param("now", at(now))
			.update();
	}

	/**
	 * Records that a captured payment is to be returned, due at once.
	 */
	void oweRefund(UUID id, RefundCause cause, Instant now) {
		jdbc.sql("""
				update payments set status = 'refund_pending', refund_cause = :cause, next_refund_at = :now,
				    updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("cause", cause.value())
			.param("now", at(now))
			.update();
	}

	/**
	 * Records that the payment of a booking is to be returned, if it was paid and not yet
	 * returned. A payment still being settled is passed over: its settlement finds the
	 * booking cancelled and returns it then.
	 *
	 * @return the payment's id, if it is now to be returned
	 */
	Optional<UUID> oweRefundIfPaid(UUID bookingId, RefundCause cause, Instant now) {
		return jdbc.sql("""
				update payments set status = 'refund_pending', refund_cause = :cause, next_refund_at = :now,
				    updated_at = :now
				where booking_id = :bookingId and status = 'paid'
				returning id""")
			.param("bookingId", bookingId)
			.param("cause", cause.value())
			.param("now", at(now))
			.query(UUID.class)
			.optional();
	}

	/**
	 * Claims a payment whose refund is due, counting the try.
	 */
	Optional<Payment> claimRefund(UUID id, Instant now, Instant claimedUntil) {
		return jdbc.sql("""
				update payments set refund_attempts = refund_attempts + 1, next_refund_at = :until, updated_at = :now
				where id = :id and status = 'refund_pending' and next_refund_at <= :now
				returning %s""".formatted(COLUMNS))
			.param("id", id)
			.param("now", at(now))
			.param("until", at(claimedUntil))
			.query(PaymentLedger::payment)
			.optional();
	}

	/**
	 * Claims up to {@code limit} payments whose refunds are due, passing over those that
	 * another instance is claiming at this moment.
	 */
	List<Payment> claimDueRefunds(int limit, Instant now, Instant claimedUntil) {
		return jdbc.sql("""
				update payments set refund_attempts = refund_attempts + 1, next_refund_at = :until, updated_at = :now
				where id in (
				    select id from payments where status = 'refund_pending' and next_refund_at <= :now
				    order by next_refund_at limit :limit
				    for update skip locked)
				returning %s""".formatted(COLUMNS))
			.param("limit", limit)
			.param("now", at(now))
			.param("until", at(claimedUntil))
			.query(PaymentLedger::payment)
			.list();
	}

	/**
	 * Records the refund issued for a payment that was owed one.
	 *
	 * @return false if the payment was no longer owed a refund, because Razorpay reported it meanwhile
	 */
	boolean refundIssued(UUID id, String refundId, String refundStatus, Instant now) {
		return jdbc.sql("""
				update payments set status = 'refunded', refund_id = :refundId, refund_status = :refundStatus,
				    refund_error = null, next_refund_at = null, refunded_at = :now, updated_at = :now
				where id = :id and status = 'refund_pending'""")
			.param("id", id)
			.param("refundId", refundId)
			.param("refundStatus", refundStatus)
			.param("now", at(now))
			.update() == 1;
	}

	void refundCallFailed(UUID id, String error, Instant retryAt, Instant now) {
		jdbc.sql("""
				update payments set refund_error = :error, next_refund_at = :retryAt, updated_at = :now
				where id = :id and status = 'refund_pending'""")
			.param("id", id)
			.param("error", shortened(error))
			.param("retryAt", at(retryAt))
			.param("now", at(now))
			.update();
	}

	/**
	 * Records a refund that Razorpay reports processed.
	 *
	 * @param cause why the payment was returned, unless a cause was recorded before
	 */
	void refundProcessed(UUID id, String refundId, RefundCause cause, Instant now) {
		jdbc.sql("""
				update payments set status = 'refunded', refund_id = :refundId, refund_status = 'processed',
				    refund_cause = coalesce(refund_cause, :cause), refund_error = null, next_refund_at = null,
				    refunded_at = coalesce(refunded_at, :now), updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("refundId", refundId)
			.param("cause", cause.value())
			.param("now", at(now))
			.update();
	}

	/**
	 * Owes a refund again, due at once, because Razorpay reports that the one issued failed.
	 */
	void refundFailed(UUID id, String refundId, Instant now) {
		jdbc.sql("""
				update payments set status = 'refund_pending', refund_id = :refundId, refund_status = 'failed',
				    next_refund_at = :now, updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("refundId", refundId)
			.param("now", at(now))
			.update();
	}

	/**
	 * Claims up to {@code limit} orders whose payments are not settled, to ask Razorpay about
	 * them, the longest unasked first, passing over those that another instance is claiming.
	 * Each is not due again for a quarter of its age, and at least for the pause, so that
	 * abandoned orders are asked about less and less often.
	 */
	List<String> claimUnsettled(int limit, Instant openedBefore, Instant openedAfter, Instant now,
			Duration pause) {
		return jdbc.sql("""
				update payments
				set next_check_at = cast(:now as timestamptz)
				    + greatest(make_interval(secs => :pause), (cast(:now as timestamptz) - created_at) / 4)
				where id in (
				    select id from payments
				    where status in ('pending', 'failed') and created_at < :before and created_at > :after
				      and (next_check_at is null or next_check_at <= :now)
				    order by next_check_at nulls first, created_at limit :limit
				    for update skip locked)
				returning order_id""")
			.param("limit", limit)
			.param("before", at(openedBefore))
			.param("after", at(openedAfter))
			.param("now", at(now))
			.param("pause", pause.toMillis() / 1000.0)
			.query(String.class)
			.list();
	}

	private static Payment payment(ResultSet rs, int row) throws SQLException {
		String cause = rs.getString("refund_cause");
		return new Payment(rs.getObject("id", UUID.class), rs.getObject("booking_id", UUID.class),
				rs.getString("order_id"), rs.getString("payment_id"), rs.getLong("amount"), rs.getString("currency"),
				PaymentStatus.fromValue(rs.getString("status")), rs.getString("failure_reason"),
				cause == null ? null : RefundCause.fromValue(cause), rs.getString("refund_id"),
				rs.getString("refund_status"), rs.getInt("refund_attempts"), rs.getString("refund_error"),
				instant(rs, "paid_at"), instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String shortened(String text) {
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
	}

}
