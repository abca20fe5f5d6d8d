package com.bookingservice.bench.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Reads the service's metrics, and the number of deliveries still pending in its database,
 * every couple of seconds while a phase runs.
 */
final class Sampler implements AutoCloseable {

	static final Duration INTERVAL = Duration.ofSeconds(2);

	private final Api api;

	private final String jdbcUrl;

	private final List<Sample> samples = new CopyOnWriteArrayList<>();

	private final Thread thread;

	private volatile boolean running = true;

	private Sampler(Api api, String jdbcUrl) {
		this.api = api;
		this.jdbcUrl = jdbcUrl;
		this.thread = Thread.ofPlatform().daemon().name("sampler").start(this::sampleUntilClosed);
	}

	static Sampler start(Service service) {
		return new Sampler(service.api(), service.jdbcUrl());
	}

	List<Sample> samples() {
		return List.copyOf(samples);
	}

	/**
	 * Takes one sample now, outside the schedule.
	 */
	Sample sampleNow() {
		Sample sample = sample();
		samples.add(sample);
		return sample;
	}

	void write(Path file) throws IOException {
		List<String> gauges = samples.stream().flatMap(s -> s.gauges().keySet().stream()).distinct().sorted().toList();
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write("time_ms,process_cpu,system_cpu,heap_bytes,gc_pause_seconds,hikari_active,hikari_pending,"
					+ "threads,http_requests,db_pending,jit_seconds," + String.join(",", gauges) + "\n");
			for (Sample s : samples) {
				List<String> values = new ArrayList<>(List.of(Long.toString(s.time()), d(s.processCpu()),
						d(s.systemCpu()), d(s.heapBytes()), d(s.gcPauseSeconds()), d(s.hikariActive()),
						d(s.hikariPending()), d(s.threads()), d(s.httpRequests()), Long.toString(s.dbPending()),
						d(s.jitSeconds())));
				gauges.forEach(g -> values.add(d(s.gauges().getOrDefault(g, Double.NaN))));
				out.write(String.join(",", values) + "\n");
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.interrupt();
		thread.join(Duration.ofSeconds(10));
	}

	private void sampleUntilClosed() {
		while (running) {
			samples.add(sample());
			try {
				Thread.sleep(INTERVAL);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private Sample sample() {
		long time = System.currentTimeMillis();
		Prometheus metrics = scrape();
		Map<String, Double> gauges = new LinkedHashMap<>();
		for (String gauge : metrics.gaugesNamed("notification", "deliver", "backlog")) {
			gauges.put(gauge, metrics.sum(gauge));
		}
		return new Sample(time, metrics.sum("process_cpu_usage"), metrics.sum("system_cpu_usage"),
				metrics.sum("jvm_memory_used_bytes", labels -> labels.contains("area=\"heap\"")),
				metrics.sum("jvm_gc_pause_seconds_sum"), metrics.sum("hikaricp_connections_active"),
				metrics.sum("hikaricp_connections_pending"), metrics.sum("jvm_threads_live_threads"),
				metrics.sum("http_server_requests_seconds_count"), pendingDeliveries(),
				metrics.sum("jvm_compilation_time_ms_total") / 1000, gauges,
				metrics.histograms("http_server_requests_seconds", "method", "uri"));
	}

	private Prometheus scrape() {
		try {
			return new Prometheus(api.text("/actuator/prometheus"));
		}
		catch (IOException ex) {
			return new Prometheus("");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Prometheus("");
		}
	}

	/**
	 * Deliveries in the ledger still waiting to be sent, or -1 if there is no such ledger.
	 */
	private long pendingDeliveries() {
		return Database.count(jdbcUrl, "select count(*) from notification_deliveries where status = 'pending'");
	}

	private static String d(double value) {
		if (Double.isNaN(value)) {
			return "";
		}
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	/**
	 * The service at one moment.
	 *
	 * @param jitSeconds the time its JIT compilers have spent so far, summed over their threads
	 * @param requestTimes how long the service took to answer requests so far, as cumulative
	 * counts by upper bound in seconds, by method and path pattern, such as {@code POST /bookings}
	 */
	record Sample(long time, double processCpu, double systemCpu, double heapBytes, double gcPauseSeconds,
			double hikariActive, double hikariPending, double threads, double httpRequests, long dbPending,
			double jitSeconds, Map<String, Double> gauges, Map<String, NavigableMap<Double, Double>> requestTimes) {
	}

	/**
	 * Plain JDBC to the service's database for the bench's own look-ups.
	 */
	static final class Database {

		private Database() {
		}

		static long count(String jdbcUrl, String sql) {
			try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(sql)) {
				return rows.next() ? rows.getLong(1) : -1;
			}
			catch (SQLException ex) {
				return -1;
			}
		}

	}

}
