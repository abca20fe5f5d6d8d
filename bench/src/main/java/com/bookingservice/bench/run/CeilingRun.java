package com.bookingservice.bench.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.bookingservice.bench.ceiling.BookingCeiling;
import com.bookingservice.bench.ceiling.Workload;

/**
 * The database ceiling: the service starts on a fresh database so that its schema, services
 * and customers are there, then stands idle while a JDBC loop at its pool size makes
 * bookings on the same PostgreSQL, first with every statement the service issues, then with
 * the capacity check alone.
 */
final class CeilingRun {

	private static final int CUSTOMERS = 20;

	private static final Duration WARMUP = Duration.ofSeconds(3);

	private static final int DEFAULT_POOL = 20;

	private final Options options;

	private final Children children;

	CeilingRun(Options options, Children children) {
		this.options = options;
		this.children = children;
	}

	Results.Ceiling run() {
		Path dir = options.work().resolve("ceiling");
		System.out.println("[ceiling] JDBC loops for " + options.profile().ceiling() + " each");
		VariantRun async = new VariantRun(options, children, "async");
		try (Fakes fakes = Fakes.start(children, options.java(), dir.resolve("fakes"));
				Service service = Service.start(children, options.java(), options.serviceJar(), dir.resolve("service"),
						async.settings(fakes), false)) {
			Seeder.seed(service.api(), VariantRun.ADMIN_PASSWORD, options.profile().services(), CUSTOMERS,
					dir.resolve("seed.json"));
			int connections = poolSize(service);
			List<BookingCeiling.Result> runs = new ArrayList<>();
			for (Workload workload : Workload.values()) {
				BookingCeiling.Result result = BookingCeiling.run(service.jdbcUrl(), workload, connections, WARMUP,
						options.profile().ceiling());
				System.out.printf("[ceiling] %s: %.1f bookings/s%n", workload, result.perSecond());
				runs.add(result);
			}
			return new Results.Ceiling(runs, connections, null);
		}
		catch (Exception ex) {
			System.err.println("The ceiling failed: " + ex);
			ex.printStackTrace();
			return new Results.Ceiling(List.of(), 0, "Failed: " + ex.getMessage());
		}
	}

	/**
	 * The most connections the service's pool opens, from its metrics.
	 */
	private static int poolSize(Service service) {
		try {
			double max = new Prometheus(service.api().text("/actuator/prometheus")).sum("hikaricp_connections_max");
			return Double.isNaN(max) ? DEFAULT_POOL : (int) max;
		}
		catch (Exception ex) {
			return DEFAULT_POOL;
		}
	}

}
