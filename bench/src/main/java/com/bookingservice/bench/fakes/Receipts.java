package com.bookingservice.bench.fakes;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Everything the stand-ins were sent: one receipt per notification or payment call, the
 * number of calls per provider and operation, and how many calls each provider held open at
 * once.
 */
final class Receipts {

	private final ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

	private final Map<String, LongAccumulator> peakOpen = new ConcurrentHashMap<>();

	/**
	 * Counts a call and marks it open until the returned handle is closed.
	 */
	OpenCall open(String provider, String operation) {
		calls.computeIfAbsent(provider + " " + operation, key -> new LongAdder()).increment();
		int now = open.computeIfAbsent(provider, key -> new AtomicInteger()).incrementAndGet();
		peakOpen.computeIfAbsent(provider, key -> new LongAccumulator(Math::max, 0)).accumulate(now);
		return () -> open.get(provider).decrementAndGet();
	}

	/**
	 * Counts something that happened to a provider without holding a call open.
	 */
	void count(String provider, String operation) {
		calls.computeIfAbsent(provider + " " + operation, key -> new LongAdder()).increment();
	}

	void add(Receipt receipt) {
		receipts.add(receipt);
	}

	List<Receipt> all() {
		return List.copyOf(receipts);
	}

	/**
	 * The counts as JSON: calls per operation, peak open calls per provider, and receipts per
	 * channel and event.
	 */
	String summaryJson() {
		Map<String, Long> perChannelEvent = receipts.stream()
			.collect(Collectors.groupingBy(r -> r.channel() + " " + r.event(), TreeMap::new, Collectors.counting()));
		return "{\"calls\":" + object(new TreeMap<>(calls), LongAdder::sum)
				+ ",\"peak_open\":" + object(new TreeMap<>(peakOpen), LongAccumulator::get)
				+ ",\"open\":" + object(new TreeMap<>(open), AtomicInteger::get)
				+ ",\"receipts\":" + object(perChannelEvent, Long::longValue) + "}";
	}

	/**
	 * Every receipt as JSON, for matching against what the service committed.
	 */
	String receiptsJson() {
		return receipts.stream().map(Receipt::json).collect(Collectors.joining(",\n", "[", "]"));
	}

	private static <T> String object(Map<String, T> values, java.util.function.ToLongFunction<T> number) {
		return values.entrySet()
			.stream()
			.map(entry -> Json.quote(entry.getKey()) + ":" + number.applyAsLong(entry.getValue()))
			.collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * A call that is being answered.
	 */
	interface OpenCall extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * One message or payment call as a stand-in received it.
	 *
	 * @param channel sms, whatsapp, email, or a Razorpay operation such as order or refund
	 * @param booking the booking it is about, or {@code unknown}
	 * @param event what it tells of, or {@code unknown}
	 * @param receivedAt when it arrived, in epoch milliseconds
	 * @param answeredAt when it was answered, in epoch milliseconds
	 */
	record Receipt(String channel, String booking, String event, long receivedAt, long answeredAt) {

		String json() {
			return "{\"channel\":" + Json.quote(channel) + ",\"booking\":" + Json.quote(booking) + ",\"event\":"
					+ Json.quote(event) + ",\"received_at\":" + receivedAt + ",\"answered_at\":" + answeredAt + "}";
		}

	}

}
