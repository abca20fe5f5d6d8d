package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Matches the notifications that the stand-ins received against the booking changes that
 * the load saw committed: each change owes one message per channel, because every customer
 * has a phone number, WhatsApp (the same number) and an e-mail address. Finds what is missing,
 * sent twice or never asked for, and how long each message took from the change's commit to
 * its arrival at the provider.
 */
final class Deliveries {

	static final List<String> CHANNELS = List.of("sms", "whatsapp", "email");

	private Deliveries() {
	}

	/**
	 * Matches what arrived against what was owed. The ledger must be read before the receipts
	 * are taken: a delivery sent in between is then pending in the one and arrived in the
	 * other, never missing from both.
	 */
	static Result match(Path eventsFile, Ledger ledger, JsonNode receipts) throws IOException {
		Map<String, Long> committed = committed(eventsFile);
		Map<String, List<Long>> arrivals = new HashMap<>();
		int unreadable = 0;
		long lastArrival = 0;
		for (JsonNode receipt : receipts) {
			String channel = receipt.path("channel").asText();
			if (!CHANNELS.contains(channel)) {
				continue;
			}
			String booking = receipt.path("booking").asText();
			if (booking.equals("unknown")) {
				unreadable++;
				continue;
			}
			long at = receipt.path("received_at").asLong();
			lastArrival = Math.max(lastArrival, at);
			arrivals.computeIfAbsent(booking + "|" + receipt.path("event").asText() + "|" + channel,
					key -> new ArrayList<>()).add(at);
		}

		Map<String, List<Long>> delays = new TreeMap<>();
		Set<String> missing = new HashSet<>();
		long duplicates = 0;
		for (var change : committed.entrySet()) {
			for (String channel : CHANNELS) {
				String key = change.getKey() + "|" + channel;
				List<Long> seen = arrivals.get(key);
				if (seen == null) {
					missing.add(key);
					continue;
				}
				duplicates += seen.size() - 1;
				long first = seen.stream().mapToLong(Long::longValue).min().orElseThrow();
				delays.computeIfAbsent(channel, c -> new ArrayList<>()).add(first - change.getValue());
			}
		}
		Map<String, Long> unexpected = new TreeMap<>();
		arrivals.forEach((key, seen) -> {
			if (!committed.containsKey(key.substring(0, key.lastIndexOf('|')))) {
				unexpected.merge(key.split("\\|")[1], (long) seen.size(), Long::sum);
			}
		});
		Map<String, Long> missingByStatus = new TreeMap<>();
		missing.forEach(key -> missingByStatus.merge(ledger.statusOf(key), 1L, Long::sum));
		long expected = (long) committed.size() * CHANNELS.size();
		long pending = missingByStatus.getOrDefault("pending", 0L);
		return new Result(committed.size(), expected, expected - missing.size(), missing.size(), pending,
				missingByStatus, ledger.statuses(), duplicates, unexpected, unreadable, delays, lastArrival);
	}

	/**
	 * The commit time of each booking change, by {@code booking|event}: the time the service
	 * gave the change, or when its answer arrived where it gave none.
	 */
	private static Map<String, Long> committed(Path eventsFile) throws IOException {
		Map<String, Long> committed = new HashMap<>();
		if (!Files.exists(eventsFile)) {
			return committed;
		}
		for (String line : Files.readAllLines(eventsFile).stream().skip(1).toList()) {
			String[] fields = line.split(",", -1);
			if (fields.length < 4) {
				continue;
			}
			long at = fields[2].isEmpty() ? Long.parseLong(fields[3]) : Instant.parse(fields[2]).toEpochMilli();
			committed.merge(fields[0] + "|" + fields[1], at, Math::min);
		}
		return committed;
	}

	/**
	 * What became of the notifications.
	 *
	 * @param changes booking changes seen committed
	 * @param expected messages owed for them
	 * @param received owed messages that arrived at least once
	 * @param missing owed messages that never arrived
	 * @param missingButPending of those, how many the ledger still holds as pending
	 * @param missingByStatus the missing ones by their status in the ledger, or {@code absent}
	 * @param ledger the ledger's deliveries by status, if the service keeps one
	 * @param duplicates arrivals beyond the first of an owed message
	 * @param unexpected arrivals for changes the load did not see committed, by event: a refund
	 * that the service makes on its own after a paid booking is cancelled, or a request that
	 * timed out on the client after the service had committed it
	 * @param unreadable arrivals whose booking could not be read from the text
	 * @param delaysByChannel milliseconds from commit to first arrival, per channel
	 * @param lastArrival when the last message arrived, in epoch milliseconds
	 */
	record Result(long changes, long expected, long received, long missing, long missingButPending,
			Map<String, Long> missingByStatus, Map<String, Long> ledger, long duplicates, Map<String, Long> unexpected,
			long unreadable, Map<String, List<Long>> delaysByChannel, long lastArrival) {

		long lost() {
			return missing - missingButPending;
		}

		List<Long> allDelays() {
			return delaysByChannel.values().stream().flatMap(List::stream).toList();
		}

	}

	/**
	 * The service's delivery ledger, where it keeps one: each delivery's status by
	 * {@code booking|event|channel}.
	 */
	record Ledger(Map<String, String> deliveries) {

		static Ledger read(String jdbcUrl) {
			Map<String, String> deliveries = new HashMap<>();
			try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
					Statement statement = connection.createStatement();
					ResultSet rows = statement
						.executeQuery("select booking_id, event, channel, status from notification_deliveries")) {
				while (rows.next()) {
					deliveries.put(rows.getString("booking_id") + "|" + rows.getString("event") + "|"
							+ rows.getString("channel"), rows.getString("status"));
				}
			}
			catch (SQLException ex) {
				return new Ledger(Map.of());
			}
			return new Ledger(deliveries);
		}

		String statusOf(String key) {
			return deliveries.getOrDefault(key, "absent");
		}

		Map<String, Long> statuses() {
			Map<String, Long> statuses = new TreeMap<>();
			deliveries.values().forEach(status -> statuses.merge(status, 1L, Long::sum));
			return statuses;
		}

	}

}
