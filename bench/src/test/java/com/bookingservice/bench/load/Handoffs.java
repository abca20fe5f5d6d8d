package com.bookingservice.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What virtual users pass to each other and to the report: bookings waiting for staff, paid
 * bookings that staff may cancel, the booking changes seen committed, and how many users are
 * under way.
 */
final class Handoffs {

	static final Queue<String> PENDING = new ConcurrentLinkedQueue<>();

	static final Queue<String> PAID = new ConcurrentLinkedQueue<>();

	static final AtomicInteger IN_FLIGHT = new AtomicInteger();

	private static final Queue<String> EVENTS = new ConcurrentLinkedQueue<>();

	private Handoffs() {
	}

	/**
	 * Notes a booking change that the service answered as done.
	 *
	 * @param committedAt the change's time as the service reported it, or empty if it did not
	 * @param answeredAt when the answer arrived, in epoch milliseconds
	 */
	static void committed(String bookingId, String event, String committedAt, long answeredAt) {
		EVENTS.add(bookingId + "," + event + "," + (committedAt == null ? "" : committedAt) + "," + answeredAt);
	}

	static void writeClock(Path file, long began, long ended) {
		try {
			Files.writeString(file, began + "," + ended + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void writeEvents(Path file) {
		try (Writer out = Files.newBufferedWriter(file)) {
			out.write("booking,event,committed_at,answered_at\n");
			for (String line : EVENTS) {
				out.write(line);
				out.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
