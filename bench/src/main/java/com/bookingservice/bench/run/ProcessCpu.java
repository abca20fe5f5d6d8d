package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time of processes, from Linux's /proc: a process with its live descendants, including
 * the children they have already reaped, and the whole machine's busy time.
 */
final class ProcessCpu {

	/** Linux's clock ticks per second as /proc reports them (USER_HZ). */
	private static final double TICKS_PER_SECOND = 100.0;

	private ProcessCpu() {
	}

	/**
	 * Seconds of CPU used by the process and its live descendants, and by the children they
	 * waited for; 0 where /proc cannot be read.
	 */
	static double seconds(ProcessHandle process) {
		return Stream.concat(Stream.of(process), process.descendants()).mapToDouble(ProcessCpu::own).sum();
	}

	/**
	 * Seconds of CPU used by the process itself, without any children.
	 */
	static double ownSeconds(ProcessHandle process) {
		List<Long> fields = stat(process.pid());
		return fields.isEmpty() ? 0 : (fields.get(0) + fields.get(1)) / TICKS_PER_SECOND;
	}

	/**
	 * Seconds of CPU used by the PostgreSQL server that keeps its data in the directory: its
	 * postmaster and every backend, live or ended.
	 */
	static double postgresSeconds(Path dataDirectory) {
		String directory = dataDirectory.toString();
		return ProcessHandle.allProcesses()
			.filter(process -> process.info().commandLine().orElse("").contains("-D " + directory))
			.mapToDouble(ProcessCpu::seconds)
			.sum();
	}

	/**
	 * Seconds of CPU that the children this JVM has waited for used, for a process that has
	 * ended, such as Gatling's.
	 */
	static double reapedChildren() {
		List<Long> fields = stat(ProcessHandle.current().pid());
		return fields.isEmpty() ? 0 : (fields.get(2) + fields.get(3)) / TICKS_PER_SECOND;
	}

	/**
	 * Seconds of CPU that the whole machine spent busy, over all cores, since it started.
	 */
	static double machineBusy() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < cpu.length && i <= 8; i++) {
				if (i != 4 && i != 5) {
					busy += Long.parseLong(cpu[i]);
				}
			}
			return busy / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	private static double own(ProcessHandle process) {
		List<Long> fields = stat(process.pid());
		return fields.isEmpty() ? 0 : fields.stream().mapToLong(Long::longValue).sum() / TICKS_PER_SECOND;
	}

	/**
	 * utime, stime, cutime and cstime of a process, or nothing if it is gone.
	 */
	private static List<Long> stat(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return List.of(Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
					Long.parseLong(fields[14]));
		}
		catch (IOException | RuntimeException ex) {
			return List.of();
		}
	}

}
