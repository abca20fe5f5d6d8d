package com.bookingservice.bench.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Works out what a phase cost from the samples and CPU readings taken around it.
 */
final class Resources {

	private static final double MB = 1024.0 * 1024.0;

	private Resources() {
	}

	/**
	 * @param start when the Gatling run began, warm-up included
	 * @param measuredFrom when the measured load began, after the warm-up
	 * @param end when the load ended
	 */
	static Results.Resources of(List<Sampler.Sample> all, VariantRun.Cpu before, VariantRun.Cpu after, long start,
			long measuredFrom, long end) {
		List<Sampler.Sample> window = all.stream().filter(s -> s.time() >= start && s.time() <= end).toList();
		double heapMax = window.stream().mapToDouble(Sampler.Sample::heapBytes).filter(v -> !Double.isNaN(v)).max()
			.orElse(Double.NaN) / MB;
		double heapMean = window.stream().mapToDouble(Sampler.Sample::heapBytes).filter(v -> !Double.isNaN(v))
			.average().orElse(Double.NaN) / MB;
		double cpuMean = window.stream().mapToDouble(Sampler.Sample::processCpu).filter(v -> !Double.isNaN(v))
			.average().orElse(Double.NaN);
		double cpuMax = window.stream().mapToDouble(Sampler.Sample::processCpu).filter(v -> !Double.isNaN(v)).max()
			.orElse(Double.NaN);

		Map<String, Double> cpu = new LinkedHashMap<>();
		cpu.put("booking service (JVM)", after.service() - before.service());
		cpu.put("PostgreSQL", after.postgres() - before.postgres());
		cpu.put("provider stand-ins", after.fakes() - before.fakes());
		cpu.put("Gatling and Maven", after.reaped() - before.reaped());
		double machine = after.machine() - before.machine();
		double ours = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
		cpu.put("everything else on the machine", Math.max(0, machine - ours));
		List<Sampler.Sample> measured = window.stream().filter(s -> s.time() >= measuredFrom).toList();
		return new Results.Resources(heapMax, heapMean, perSecond(window, Sampler.Sample::gcPauseSeconds), cpuMean,
				cpuMax, perSecond(measured, Sampler.Sample::jitSeconds), cpu, machine,
				(after.time() - before.time()) / 1000.0);
	}

	/**
	 * How fast a counter of seconds grew over the samples, in seconds per second.
	 */
	static double perSecond(List<Sampler.Sample> window, ToDoubleFunction<Sampler.Sample> counter) {
		if (window.size() < 2) {
			return Double.NaN;
		}
		Sampler.Sample first = window.getFirst();
		Sampler.Sample last = window.getLast();
		double seconds = (last.time() - first.time()) / 1000.0;
		return seconds <= 0 ? Double.NaN : (counter.applyAsDouble(last) - counter.applyAsDouble(first)) / seconds;
	}

}
