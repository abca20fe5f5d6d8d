package com.bookingservice.bench.ceiling;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes bookings straight through JDBC, one connection per thread, for a fixed time, and
 * counts how many commit per second. The services and customers are those the booking service
 * already has in the database; bookings spread over them and over 60 days of half-hour slots.
 *
 * <pre>
 * java ... BookingCeiling jdbc:postgresql://127.0.0.1:5432/postgres SERVICE_STATEMENTS 20 30
 * </pre>
 */
public final class BookingCeiling {

	private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

	private static final LocalTime OPENS = LocalTime.of(6, 0);

	private static final int SLOTS_PER_DAY = 32;

	private static final Duration SLOT = Duration.ofMinutes(30);

	private BookingCeiling() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			System.err.println("Usage: BookingCeiling JDBC_URL SERVICE_STATEMENTS|CORE CONNECTIONS SECONDS");
			System.exit(2);
		}
		Result result = run(args[0], Workload.valueOf(args[1]), Integer.parseInt(args[2]), Duration.ofSeconds(3),
				Duration.ofSeconds(Long.parseLong(args[3])));
		System.out.printf("%s: %.1f bookings/s over %d connections, p50 %.1f ms, p99 %.1f ms, %d failed%n",
				result.workload(), result.perSecond(), result.connections(), result.percentileMillis(50),
				result.percentileMillis(99), result.failures());
	}

	/**
	 * Runs the loop: a warm-up that is not counted, then the measured time.
	 */
	public static Result run(String jdbcUrl, Workload workload, int connections, Duration warmup, Duration measured)
			throws SQLException {
		Fixture fixture = Fixture.read(jdbcUrl);
		long measureFrom = System.nanoTime() + warmup.toNanos();
		long end = measureFrom + measured.toNanos();
		AtomicLong failures = new AtomicLong();
		List<Future<long[]>> loops = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
			for (int i = 0; i < connections; i++) {
				loops.add(pool.submit(() -> loop(jdbcUrl, workload, fixture, measureFrom, end, failures)));
			}
		}
		long[] latencies = loops.stream().map(Future::resultNow).flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(workload, connections, measured, latencies.length, failures.get(), latencies,
				fixture.settings());
	}

	private static long[] loop(String jdbcUrl, Workload workload, Fixture fixture, long measureFrom, long end,
			AtomicLong failures) {
		long[] latencies = new long[1024];
		int count = 0;
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			db.setAutoCommit(false);
			long now;
			while ((now = System.nanoTime()) < end) {
				Workload.Booking booking = fixture.nextBooking();
				try {
					workload.book(db, booking);
				}
				catch (SQLException ex) {
					db.rollback();
					failures.incrementAndGet();
					continue;
				}
				long done = System.nanoTime();
				if (now >= measureFrom && done <= end) {
					if (count == latencies.length) {
						latencies = Arrays.copyOf(latencies, count * 2);
					}
					latencies[count++] = (done - now) / 1000;
				}
			}
		}
		catch (SQLException ex) {
			failures.incrementAndGet();
		}
		return Arrays.copyOf(latencies, count);
	}

	/**
	 * The bookings made and how long each took.
	 *
	 * @param latencyMicros each booking's time from its first statement to its commit, sorted
	 * @param settings the server's durability settings, such as {@code fsync=on}
	 */
	public record Result(Workload workload, int connections, Duration measured, long bookings, long failures,
			long[] latencyMicros, String settings) {

		public double perSecond() {
			return bookings / (measured.toMillis() / 1000.0);
		}

		public double percentileMillis(double percentile) {
			if (latencyMicros.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percentile / 100.0 * latencyMicros.length) - 1;
			return latencyMicros[Math.max(0, Math.min(index, latencyMicros.length - 1))] / 1000.0;
		}

	}

	/**
	 * The services and customers to book for, and the server's settings.
	 */
	private record Fixture(List<UUID> services, List<UUID> customers, String settings) {

		static Fixture read(String jdbcUrl) throws SQLException {
			try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
					Statement statement = db.createStatement()) {
				List<UUID> services = ids(statement, "select id from services where active and capacity >= 100");
				List<UUID> customers = ids(statement, "select id from accounts where role = 'CUSTOMER'");
				if (services.isEmpty() || customers.isEmpty()) {
					throw new SQLException("The database has no large services or no customers to book for.");
				}
				return new Fixture(services, customers, settings(statement));
			}
		}

		Workload.Booking nextBooking() {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			LocalDate day = LocalDate.now(ZONE).plusDays(2 + random.nextInt(60));
			Instant startsAt = day.atTime(OPENS).plus(SLOT.multipliedBy(random.nextInt(SLOTS_PER_DAY))).atZone(ZONE)
				.toInstant();
			return new Workload.Booking(UUID.randomUUID(), services.get(random.nextInt(services.size())),
					customers.get(random.nextInt(customers.size())), startsAt, startsAt.plus(SLOT),
					UUID.randomUUID().toString(), Instant.now());
		}

		private static List<UUID> ids(Statement statement, String sql) throws SQLException {
			List<UUID> ids = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery(sql)) {
				while (rows.next()) {
					ids.add(rows.getObject(1, UUID.class));
				}
			}
			return ids;
		}

		private static String settings(Statement statement) throws SQLException {
			List<String> settings = new ArrayList<>();
			for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method")) {
				try (ResultSet rows = statement.executeQuery("show " + name)) {
					rows.next();
					settings.add(name + "=" + rows.getString(1));
				}
			}
			return String.join(", ", settings);
		}

	}

}
