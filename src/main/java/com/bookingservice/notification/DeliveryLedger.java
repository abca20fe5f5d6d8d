package com.bookingservice.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.bookingservice.booking.Contact;
import com.bookingservice.notification.EventKind.Occurrence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The durable record of the notifications owed and what became of them. Instances that share
 * the database take deliveries by lease: a claim holds a delivery for a while, and only the
 * holder of the current claim may start a try or record its outcome. Every statement is short,
 * and none is open while a provider is called.
 */
@Component
class DeliveryLedger {

	private static final String VIEW_COLUMNS = """
			id, event, channel, status, attempts, last_error, sent_at, provider_message_id""";

	private static final String RELEASE = """
			claimed_by = null, claim_token = null, claimed_until = null, updated_at = now()
			where id = :id and claim_token = :token""";

	private final JdbcClient jdbc;

	private final String instance;

	private final double leaseSeconds;

	DeliveryLedger(JdbcClient jdbc, NotificationProperties properties) {
		this.jdbc = jdbc;
		this.instance = instanceId(properties.instanceId());
		this.leaseSeconds = seconds(properties.lease());
	}

	/**
	 * How this instance names itself on the deliveries it holds.
	 */
	String instance() {
		return instance;
	}

	/**
	 * Writes what a booking's customer is owed for a moment in its life: one delivery per
	 * channel, pending where the contact has an address on it and skipped where not. A moment
	 * that was recorded before adds nothing. A new delivery is due for the recovery job only a
	 * lease after it was written, which leaves it to the instance that wrote it unless that
	 * instance dies first.
	 */
	@Transactional
	DeliveriesRecorded record(Occurrence occurrence, Contact contact) {
		List<DeliveriesRecorded.Pending> pending = new ArrayList<>();
		List<Channel> skipped = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			boolean reachable = channel.addressIn(contact) != null;
			UUID id = UUID.randomUUID();
			if (!insert(id, occurrence, channel, reachable)) {
				continue;
			}
			if (reachable) {
				pending.add(new DeliveriesRecorded.Pending(id, channel));
			}
			else {
				skipped.add(channel);
			}
		}
		return new DeliveriesRecorded(List.copyOf(pending), List.copyOf(skipped));
	}

	private boolean insert(UUID id, Occurrence occurrence, Channel channel, boolean reachable) {
		return jdbc.sql("""
				insert into notification_deliveries
				    (id, booking_id, event, channel, status, next_attempt_at, created_at, updated_at)
				values (:id, :bookingId, :event, :channel, :status,
				        case when :pending then now() + make_interval(secs => :lease) end, now(), now())
				on conflict on constraint notification_deliveries_once do nothing""")
			.param("id", id)
			.param("bookingId", occurrence.bookingId())
			.param("event", occurrence.kind().value())
			.param("channel", channel.value())
			.param("status", (reachable ? DeliveryStatus.PENDING : DeliveryStatus.SKIPPED).value())
			.param("pending", reachable)
			.param("lease", leaseSeconds)
			.update() == 1;
	}

	/**
	 * Claims one pending delivery that nobody holds.
	 */
	Optional<Claim> claim(UUID deliveryId) {
		return jdbc.sql("""
				update notification_deliveries
				set claimed_by = :instance, claim_token = gen_random_uuid(),
				    claimed_until = now() + make_interval(secs => :lease), updated_at = now()
				where id = :id and status = 'pending' and (claimed_until is null or claimed_until < now())
				returning id, channel, claim_token""")
			.param("instance", instance)
			.param("lease", leaseSeconds)
			.param("id", deliveryId)
			.query(DeliveryLedger::claim)
			.optional();
	}

	/**
	 * Claims up to {@code limit} pending deliveries that are due and that nobody holds, the
	 * longest due first, passing over those that another instance is claiming at this moment.
	 * A delivery whose holder died is due again once its lease has run out.
	 */
	List<Claim> claimDue(int limit) {
		return jdbc.sql("""
				update notification_deliveries
				set claimed_by = :instance, claim_token = gen_random_uuid(),
				    claimed_until = now() + make_interval(secs => :lease), updated_at = now()
				where id in (
				    select id from notification_deliveries
				    where status = 'pending' and next_attempt_at <= now()
				      and (claimed_until is null or claimed_until < now())
				    order by next_attempt_at
				    limit :limit
				    for update skip locked)
				returning id, channel, claim_token""")
			.param("instance", instance)
			.param("lease", leaseSeconds)
			.param("limit", limit)
			.query(DeliveryLedger::claim)
			.list();
	}

	/**
	 * Starts a try under a claim: counts it and renews the lease, so that the lease covers the
	 * provider call however long the claim waited. Nothing, if the claim was taken over or the
	 * delivery is no longer pending.
	 */
	Optional<Delivery> start(Claim claim) {
		return jdbc.sql("""
				update notification_deliveries
				set attempts = attempts + 1, claimed_until = now() + make_interval(secs => :lease), updated_at = now()
				where id = :id and claim_token = :token and status = 'pending'
				returning id, booking_id, event, channel, attempts""")
			.param("lease", leaseSeconds)
			.param("id", claim.deliveryId())
			.param("token", claim.token())
			.query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), rs.getObject("booking_id", UUID.class),
					EventKind.fromValue(rs.getString("event")), Channel.fromValue(rs.getString("channel")),
					rs.getInt("attempts")))
			.optional();
	}

	/**
	 * Hands a claim back unused, so that the delivery is free for any instance once it is due.
	 */
	boolean release(Claim claim) {
		return jdbc.sql("update notification_deliveries set " + RELEASE)
			.param("id", claim.deliveryId())
			.param("token", claim.token())
			.update() == 1;
	}

	/**
	 * Records that the provider accepted the delivery.
	 *
	 * @return false if the claim had been taken over meanwhile
	 */
	boolean markSent(Claim claim, String providerMessageId) {
		return finish(claim, """
				status = 'sent', sent_at = now(), provider_message_id = :providerMessageId, last_error = null,
				next_attempt_at = null""", statement -> statement.param("providerMessageId", providerMessageId));
	}

	boolean markLogged(Claim claim) {
		return finish(claim, "status = 'logged', next_attempt_at = null", UnaryOperator.identity());
	}

	boolean markSkipped(Claim claim) {
		return finish(claim, "status = 'skipped', next_attempt_at = null", UnaryOperator.identity());
	}

	boolean markFailed(Claim claim, String reason) {
		return finish(claim, "status = 'failed', last_error = :reason, next_attempt_at = null",
				statement -> statement.param("reason", reason));
	}

	/**
	 * Leaves the delivery pending, to be tried again after the pause.
	 */
	boolean retryLater(Claim claim, String reason, Duration pause) {
		return finish(claim, "last_error = :reason, next_attempt_at = now() + make_interval(secs => :pause)",
				statement -> statement.param("reason", reason).param("pause", seconds(pause)));
	}

	private boolean finish(Claim claim, String assignments, UnaryOperator<StatementSpec> parameters) {
		StatementSpec statement = jdbc.sql("update notification_deliveries set " + assignments + ", " + RELEASE)
			.param("id", claim.deliveryId())
			.param("token", claim.token());
		return parameters.apply(statement).update() == 1;
	}

	/**
	 * Puts a failed delivery back to pending with a fresh count of tries, for the caller to
	 * dispatch, and for the recovery job a lease later should that not happen.
	 */
	Optional<DeliveryView> reopen(UUID bookingId, UUID deliveryId) {
		return jdbc.sql("""
				update notification_deliveries
				set status = 'pending', attempts = 0, next_attempt_at = now() + make_interval(secs => :lease),
				    updated_at = now()
				where id = :id and booking_id = :bookingId and status = 'failed'
				returning %s""".formatted(VIEW_COLUMNS))
			.param("lease", leaseSeconds)
			.param("id", deliveryId)
			.param("bookingId", bookingId)
			.query(DeliveryLedger::view)
			.optional();
	}

	Optional<DeliveryView> find(UUID bookingId, UUID deliveryId) {
		return jdbc.sql("select " + VIEW_COLUMNS
				+ " from notification_deliveries where id = :id and booking_id = :bookingId")
			.param("id", deliveryId)
			.param("bookingId", bookingId)
			.query(DeliveryLedger::view)
			.optional();
	}

	List<DeliveryView> deliveriesOf(UUID bookingId) {
		return jdbc.sql("select " + VIEW_COLUMNS
				+ " from notification_deliveries where booking_id = :bookingId order by created_at, channel")
			.param("bookingId", bookingId)
			.query(DeliveryLedger::view)
			.list();
	}

	Backlog backlog() {
		return jdbc.sql("""
				select count(*) as pending, coalesce(extract(epoch from now() - min(created_at)), 0) as oldest_age
				from notification_deliveries where status = 'pending'""")
			.query((rs, row) -> new Backlog(rs.getLong("pending"), rs.getDouble("oldest_age")))
			.single();
	}

	private static Claim claim(ResultSet rs, int row) throws SQLException {
		return new Claim(rs.getObject("id", UUID.class), Channel.fromValue(rs.getString("channel")),
				rs.getObject("claim_token", UUID.class));
	}

	private static DeliveryView view(ResultSet rs, int row) throws SQLException {
		OffsetDateTime sentAt = rs.getObject("sent_at", OffsetDateTime.class);
		return new DeliveryView(rs.getObject("id", UUID.class), rs.getString("event"), rs.getString("channel"),
				rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
				sentAt == null ? null : sentAt.toInstant(), rs.getString("provider_message_id"));
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static String instanceId(String configured) {
		if (StringUtils.hasText(configured)) {
			return configured;
		}
		return hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

}
