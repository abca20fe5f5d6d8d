package com.bookingservice.bench.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine the run is on, as the report states it.
 *
 * @param host its name
 * @param cores the processors the JVM sees
 * @param memory total memory, as /proc/meminfo says
 * @param cpuModel the processor's model name
 * @param kernel the Linux kernel's release
 * @param java the version line of the Java that runs the service
 * @param loadAverage the load averages over 1, 5 and 15 minutes when the run began
 */
record Machine(String host, int cores, String memory, String cpuModel, String kernel, String java,
		String loadAverage) {

	static Machine describe(Path java) {
		return new Machine(hostName(), Runtime.getRuntime().availableProcessors(), totalMemory(), processorModel(),
				read("/proc/sys/kernel/osrelease").trim(), javaVersion(java), currentLoadAverage());
	}

	static String currentLoadAverage() {
		String[] parts = read("/proc/loadavg").trim().split("\\s+");
		return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
	}

	static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "unknown-host";
		}
	}

	private static String totalMemory() {
		return read("/proc/meminfo").lines()
			.filter(line -> line.startsWith("MemTotal:"))
			.map(line -> Long.parseLong(line.replaceAll("\\D", "")))
			.map(kib -> "%.1f GiB".formatted(kib / 1024.0 / 1024.0))
			.findFirst()
			.orElse("unknown");
	}

	private static String processorModel() {
		return read("/proc/cpuinfo").lines()
			.filter(line -> line.startsWith("model name"))
			.map(line -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse("unknown");
	}

	private static String javaVersion(Path java) {
		try {
			Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
			List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
			process.waitFor(30, TimeUnit.SECONDS);
			return lines.size() > 1 ? lines.get(0) + "; " + lines.get(1) : String.join("; ", lines);
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file));
		}
		catch (IOException ex) {
			return "";
		}
	}

}
