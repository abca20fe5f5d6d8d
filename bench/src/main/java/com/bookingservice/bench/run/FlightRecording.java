package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service spent its CPU during the load, from its flight recording: execution
 * samples by thread pool and by the first frame of the service's own code on the stack, and
 * the exceptions it threw most often.
 */
final class FlightRecording {

	private static final String OWN_CODE = "com.bookingservice.";

	private static final int SHOWN = 8;

	private FlightRecording() {
	}

	static Hotspots read(Path recording, long from, long to) throws IOException {
		if (!Files.exists(recording)) {
			return null;
		}
		Instant start = Instant.ofEpochMilli(from);
		Instant end = Instant.ofEpochMilli(to);
		List<RecordedEvent> events = RecordingFile.readAllEvents(recording).stream()
			.filter(event -> !event.getStartTime().isBefore(start) && !event.getStartTime().isAfter(end))
			.toList();
		List<RecordedEvent> samples = events.stream()
			.filter(event -> event.getEventType().getName().equals("jdk.ExecutionSample"))
			.toList();
		List<RecordedEvent> exceptions = events.stream()
			.filter(event -> event.getEventType().getName().equals("jdk.JavaExceptionThrow"))
			.toList();
		return new Hotspots(samples.size(), top(samples, FlightRecording::pool),
				top(samples, FlightRecording::ownFrame), exceptions.size(),
				top(exceptions, FlightRecording::exception));
	}

	private static Map<String, Long> top(List<RecordedEvent> events, Function<RecordedEvent, String> key) {
		return events.stream()
			.collect(Collectors.groupingBy(key, Collectors.counting()))
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(SHOWN)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	private static String pool(RecordedEvent sample) {
		var thread = sample.getThread("sampledThread");
		String name = thread == null ? "unknown" : String.valueOf(thread.getJavaName());
		return name.replaceAll("\\d+", "#");
	}

	private static String ownFrame(RecordedEvent sample) {
		RecordedStackTrace stack = sample.getStackTrace();
		if (stack == null) {
			return "(no stack)";
		}
		for (RecordedFrame frame : stack.getFrames()) {
			String type = frame.getMethod().getType().getName();
			if (type.startsWith(OWN_CODE)) {
				return type.substring(OWN_CODE.length()).replaceAll("\\$Proxy\\d+", "repository") + "."
						+ frame.getMethod().getName();
			}
		}
		return "(none: server, security, JSON and pool code only)";
	}

	private static String exception(RecordedEvent event) {
		Object thrown = event.getValue("thrownClass");
		String type = thrown instanceof jdk.jfr.consumer.RecordedClass recorded ? recorded.getName() : "unknown";
		String message = event.getString("message");
		message = message == null ? "" : message.replaceAll("\\d+", "#");
		return type + (message.isEmpty() ? "" : ": " + (message.length() > 80 ? message.substring(0, 80) + "..."
				: message));
	}

	/**
	 * The samples and exceptions of the load window.
	 */
	record Hotspots(int samples, Map<String, Long> byPool, Map<String, Long> byOwnFrame, int exceptions,
			Map<String, Long> byException) {
	}

}
