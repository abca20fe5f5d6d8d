package com.bookingservice.bench.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.bookingservice.bench.ceiling.BookingCeiling;
import com.bookingservice.bench.run.GatlingReport.RequestStats;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the parts of a run found, for the report.
 */
final class Results {

	private Results() {
	}

	/**
	 * How long the service took to start.
	 *
	 * @param toHealthy from starting the process to a healthy answer
	 * @param reportedSeconds what Spring Boot logged, if it did
	 */
	record Startup(Duration toHealthy, Optional<Double> reportedSeconds) {
	}

	/**
	 * The service as it is, or with notifications sent inside the request.
	 *
	 * @param name {@code async} or {@code inline}
	 * @param skipped why it was not measured, or null
	 * @param notes what the reader should know, such as settings the service does not have
	 * @param settings the settings the service ran with
	 */
	record Variant(String name, String description, String skipped, List<String> notes, Map<String, String> settings,
			Probe probe, Steady steady) {

		static Variant skipped(String name, String description, String why, List<String> notes) {
			return new Variant(name, description, why, notes, Map.of(), null, null);
		}

	}

	/**
	 * The stairs that found the capacity.
	 */
	record Probe(Capacity.Result capacity, Path report, Startup startup, Seeder.Seeded seeded,
			Map<String, Long> logProblems) {
	}

	/**
	 * The steady phase at half the capacity, and the drain after it.
	 *
	 * @param rate bookings offered per second
	 * @param endpoints Gatling's statistics per request, the warm-up left out
	 * @param warmupRate the arrival rate at which the warm-up before it began, in bookings per
	 * second; it rose to the steady rate
	 * @param loadStart when the measured load began, in epoch milliseconds
	 * @param loadEnd when the last virtual user finished
	 * @param outcomes the service's own count of deliveries, by channel and outcome
	 * @param providerSeconds the service's own mean time of a provider call, by channel
	 * @param logProblems the most frequent warnings and errors in the service's log
	 */
	record Steady(double rate, Duration length, double warmupRate, Duration warmup,
			Map<String, RequestStats> endpoints, RequestStats all, Path report, Deliveries.Result deliveries,
			Drain drain, Resources resources, List<Sampler.Sample> samples, long loadStart, long loadEnd,
			JsonNode fakes, Startup startup, boolean payments, Map<String, Double> outcomes,
			Map<String, Double> providerSeconds, Map<String, Long> logProblems, FlightRecording.Hotspots hotspots) {

		Steady withHotspots(FlightRecording.Hotspots found) {
			return new Steady(rate, length, warmupRate, warmup, endpoints, all, report, deliveries, drain, resources,
					samples, loadStart, loadEnd, fakes, startup, payments, outcomes, providerSeconds, logProblems,
					found);
		}

	}

	/**
	 * How the backlog of notifications emptied after the load.
	 *
	 * @param drained whether nothing was pending before the limit
	 * @param took from the end of the load to an empty backlog, or to the limit
	 * @param remaining deliveries still pending at the limit
	 * @param sentPerSecond deliveries finished per second while draining
	 */
	record Drain(boolean drained, Duration took, long remaining, double sentPerSecond, Duration limit) {
	}

	/**
	 * What the run cost, over the steady phase.
	 *
	 * @param jitShare the service's JIT compilers' time per second of the measured load, after
	 * the warm-up: near zero once its code is compiled
	 * @param cpuSeconds CPU seconds by process: the service, PostgreSQL, the stand-ins, Gatling
	 * @param machineBusySeconds CPU seconds the whole machine was busy, whoever used them
	 * @param windowSeconds the length of the window of the CPU readings: the Gatling run, from
	 * starting Maven to its end
	 */
	record Resources(double heapMaxMb, double heapMeanMb, double gcShare, double processCpuMean,
			double processCpuMax, double jitShare, Map<String, Double> cpuSeconds, double machineBusySeconds,
			double windowSeconds) {
	}

	/**
	 * The database ceiling.
	 *
	 * @param connections the service's pool size, which the loop uses
	 */
	record Ceiling(List<BookingCeiling.Result> runs, int connections, String skipped) {
	}

}
