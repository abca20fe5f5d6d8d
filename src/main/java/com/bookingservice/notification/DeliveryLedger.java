package com.bookingservice.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.bookingservice.booking.BookingSummary;
import com.bookingservice.booking.Contact;
import com.bookingservice.notification.EventKind.Occurrence;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The durable record of the notifications owed and what became of them. Instances that share
 * the database take deliveries by lease: a claim holds a delivery for a while, and only the
 * holder of the current claim may renew it or settle the delivery. Every statement is short,
 * and none is open while a provider is called.
 */
@Component
class DeliveryLedger {

	private static final String VIEW_COLUMNS = """
			id, event, channel, status, attempts, last_error, sent_at, provider_message_id""";

	private static final String RECORD = recordStatement();

	/**
	 * Ends a claim: counts the try if one was made, keeps its error, and lets the delivery go.
	 */
	private static final String SETTLE = """
			update notification_deliveries
			set status = :status,
			    attempts = attempts + :tried,
			    last_error = case when :tried = 1 then :error else last_error end,
			    provider_message_id = :providerMessageId,
			    sent_at = case when :status = 'sent' then now() end,
			    next_attempt_at = case when :status = 'pending' then now() + make_interval(secs => :pause) end,
			    claimed_by = null, claim_token = null, claimed_until = null, updated_at = now()
			where id = :id and claim_token = :token""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final String instance;

	private final double leaseSeconds;

	private final long leaseNanos;

	DeliveryLedger(JdbcClient jdbc, NamedParameterJdbcTemplate batches, NotificationProperties properties) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.instance = instanceId(properties.instanceId());
		this.leaseSeconds = seconds(properties.lease());
		this.leaseNanos = properties.lease().toNanos();
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
	 * that was recorded before adds nothing. The pending deliveries are written claimed by this
	 * instance, which sends them once the caller's transaction commits; should it die first,
	 * the recovery job of any instance takes them on once the lease runs out.
	 *
	 * @param booking the booking as the moment left it, whose contact says where to write
	 * @return the claims of the new pending deliveries, and the channels skipped
	 */
	@Transactional
	DeliveriesRecorded record(Occurrence occurrence, BookingSummary booking) {
		Contact contact = booking.contact();
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("bookingId", occurrence.bookingId())
			.addValue("event", occurrence.kind().value())
			.addValue("instance", instance)
			.addValue("lease", leaseSeconds);
		for (Channel channel : Channel.values()) {
			boolean reachable = channel.addressIn(contact) != null;
			int row = channel.ordinal();
			parameters.addValue("id" + row, UUID.randomUUID())
				.addValue("channel" + row, channel.value())
				.addValue("status" + row, (reachable ? DeliveryStatus.PENDING : DeliveryStatus.SKIPPED).value())
				.addValue("token" + row, reachable ? UUID.randomUUID() : null, Types.OTHER);
		}
		long claimedAt = System.nanoTime();
		List<Row> written = jdbc.sql(RECORD)
			.paramSource(parameters)
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), Channel.fromValue(rs.getString("channel")),
					rs.getObject("claim_token", UUID.class)))
			.list();

		List<Claim> pending = new ArrayList<>();
		List<Channel> skipped = new ArrayList<>();
		for (Row row : written) {
			if (row.token() == null) {
				skipped.add(row.channel());
			}
			else {
				Delivery delivery = new Delivery(row.id(), occurrence.bookingId(), occurrence.kind(), row.channel(), 0);
				pending.add(new Claim(delivery, row.token(), claimedAt + leaseNanos));
			}
		}
		return new DeliveriesRecorded(List.copyOf(pending), List.copyOf(skipped), booking);
	}

	private static String recordStatement() {
		String rows = Arrays.stream(Channel.values()).map(channel -> """
				(:id%1$d, :bookingId, :event, :channel%1$d, :status%1$d,
				 case when :status%1$d = 'pending' then statement_timestamp() + make_interval(secs => :lease) end,
				 case when :status%1$d = 'pending' then :instance end, :token%1$d,
				 case when :status%1$d = 'pending' then statement_timestamp() + make_interval(secs => :lease) end,
				 now(), now())""".formatted(channel.ordinal())).collect(Collectors.joining(",\n"));
		return """
				insert into notification_deliveries
				    (id, booking_id, event, channel, status, next_attempt_at, claimed_by, claim_token, claimed_until,
				     created_at, updated_at)
				values %s
				on conflict on constraint notification_deliveries_once do nothing
				returning id, channel, claim_token""".formatted(rows);
	}

	/**
	 * Claims up to {@code limit} pending deliveries that are due and that nobody holds, the
	 * longest due first, passing over those that another instance is claiming at this moment.
	 * A delivery whose holder died is due again once its lease has run out.
	 */
	List<Claim> claimDue(int limit) {
		long claimedAt = System.nanoTime();
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
				returning id, booking_id, event, channel, attempts, claim_token""")
			.param("instance", instance)
			.param("lease", leaseSeconds)
			.param("limit", limit)
			.query((rs, row) -> claim(rs, claimedAt))
			.list();
	}

	/**
	 * Renews a claim's lease, so that it covers a provider call however long the claim waited
	 * for it.
	 *
	 * @return the renewed claim, or nothing if the claim was taken over or the delivery is no
	 * longer pending
	 */
	Optional<Claim> renew(Claim claim) {
		long renewedAt = System.nanoTime();
		int renewed = jdbc.sql("""
				update notification_deliveries
				set claimed_until = now() + make_interval(secs => :lease), updated_at = now()
				where id = :id and claim_token = :token and status = 'pending'""")
			.param("lease", leaseSeconds)
			.param("id", claim.deliveryId())
			.param("token", claim.token())
			.update();
		return renewed == 1 ? Optional.of(new Claim(claim.delivery(), claim.token(), renewedAt + leaseNanos))
				: Optional.empty();
	}

	/**
	 * Writes settlements, in the caller's transaction, as one statement batch.
	 *
	 * @return for each settlement, whether its claim still held, so that it was written
	 */
	boolean[] settle(List<Settlement> settlements) {
		SqlParameterSource[] batch = settlements.stream()
			.map(DeliveryLedger::parameters)
			.toArray(SqlParameterSource[]::new);
		int[] counts = batches.batchUpdate(SETTLE, batch);
		boolean[] written = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			written[i] = counts[i] == 1;
		}
		return written;
	}

	private static SqlParameterSource parameters(Settlement settlement) {
		return new MapSqlParameterSource().addValue("id", settlement.claim().deliveryId())
			.addValue("token", settlement.claim().token())
			.addValue("status", settlement.status().value())
			.addValue("tried", settlement.tried() ? 1 : 0)
			.addValue("error", settlement.error(), Types.VARCHAR)
			.addValue("providerMessageId", settlement.providerMessageId(), Types.VARCHAR)
			.addValue("pause", seconds(settlement.pause()));
	}

	/**
	 * Puts a failed delivery back to pending with a fresh count of tries, claimed by this
	 * instance, for the caller to send once its transaction commits, and for the recovery job a
	 * lease later should that not happen.
	 */
	Optional<Claim> reopen(UUID bookingId, UUID deliveryId) {
		long claimedAt = System.nanoTime();
		return jdbc.sql("""
				update notification_deliveries
				set status = 'pending', attempts = 0, next_attempt_at = now() + make_interval(secs => :lease),
				    claimed_by = :instance, claim_token = gen_random_uuid(),
				    claimed_until = now() + make_interval(secs => :lease), updated_at = now()
				where id = :id and booking_id = :bookingId and status = 'failed'
				returning id, booking_id, event, channel, attempts, claim_token""")
			.param("lease", leaseSeconds)
			.param("instance", instance)
			.param("id", deliveryId)
			.param("bookingId", bookingId)
			.query((rs, row) -> claim(rs, claimedAt))
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

	private Claim claim(ResultSet rs, long claimedAt) throws SQLException {
		Delivery delivery = new Delivery(rs.getObject("id", UUID.class), rs.getObject("booking_id", UUID.class),
				EventKind.fromValue(rs.getString("event")), Channel.fromValue(rs.getString("channel")),
				rs.getInt("attempts"));
		return new Claim(delivery, rs.getObject("claim_token", UUID.class), claimedAt + leaseNanos);
	}

	/**
	 * A delivery as the statement that recorded it returned it; a skipped one has no claim.
	 */
	private record Row(UUID id, Channel channel, UUID token) {
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
