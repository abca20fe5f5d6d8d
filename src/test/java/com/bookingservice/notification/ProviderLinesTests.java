package com.bookingservice.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Calls to a provider are bounded per channel and made on platform threads, deliveries wait in
 * line oldest first, and those still in line are handed back together when the instance stops.
 */
class ProviderLinesTests {

	private final Queue<List<Claim>> handedBack = new ConcurrentLinkedQueue<>();

	private final ProviderLines lines = new ProviderLines(new Binder(new MapConfigurationPropertySource(
			Map.of("booking.notifications.max-in-flight.sms", "2")))
		.bindOrCreate("booking.notifications", NotificationProperties.class)
		.maxInFlight(), Duration.ofSeconds(5), handedBack::add);

	private final CountDownLatch release = new CountDownLatch(1);

	private final AtomicInteger running = new AtomicInteger();

	@AfterEach
	void stopTheLines() {
		release.countDown();
		lines.stop();
	}

	@Test
	void letsNoMoreThanTheLimitOfCallsRunAtOnceOnPlatformThreads() {
		lines.start();
		Queue<Boolean> virtual = new ConcurrentLinkedQueue<>();

		for (int i = 0; i < 3; i++) {
			lines.enqueue(claim(Channel.SMS), () -> {
				virtual.add(Thread.currentThread().isVirtual());
				hold();
			});
		}

		await().atMost(Duration.ofSeconds(5)).untilAtomic(running, equalTo(2));
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).untilAtomic(running, equalTo(2));
		assertThat(lines.waiting(Channel.SMS)).isEqualTo(1);
		assertThat(virtual).containsExactly(false, false);
	}

	@Test
	void deliveriesAreSentInTheOrderTheyJoinedTheLine() {
		lines.start();
		fillTheLine();
		Queue<Claim> sent = new ConcurrentLinkedQueue<>();
		List<Claim> waiting = List.of(claim(Channel.SMS), claim(Channel.SMS), claim(Channel.SMS));
		waiting.forEach(claim -> lines.enqueue(claim, () -> sent.add(claim)));

		release.countDown();

		await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 3);
		assertThat(sent).containsExactlyElementsOf(waiting);
	}

	@Test
	void deliveriesStillInLineAreHandedBackTogetherWhenTheInstanceStops() {
		lines.start();
		fillTheLine();
		AtomicInteger sent = new AtomicInteger();
		List<Claim> waiting = List.of(claim(Channel.SMS), claim(Channel.SMS), claim(Channel.SMS));
		waiting.forEach(claim -> lines.enqueue(claim, sent::incrementAndGet));

		CompletableFuture<Void> stopped = CompletableFuture.runAsync(lines::stop);

		await().atMost(Duration.ofSeconds(5)).until(() -> !handedBack.isEmpty());
		assertThat(handedBack).containsExactly(waiting);
		assertThat(stopped).isNotDone();
		release.countDown();
		await().atMost(Duration.ofSeconds(5)).until(stopped::isDone);
		assertThat(sent).hasValue(0);
		assertThat(running).hasValue(0);
	}

	@Test
	void aDeliveryThatComesWhileTheInstanceIsStoppedIsHandedBackAtOnce() {
		lines.start();
		lines.stop();
		Claim late = claim(Channel.EMAIL);
		AtomicInteger sent = new AtomicInteger();

		lines.enqueue(late, sent::incrementAndGet);

		assertThat(handedBack).containsExactly(List.of(late));
		assertThat(sent).hasValue(0);
	}

	/** Two calls that hold both of the SMS line's threads until released. */
	private void fillTheLine() {
		lines.enqueue(claim(Channel.SMS), this::hold);
		lines.enqueue(claim(Channel.SMS), this::hold);
		await().atMost(Duration.ofSeconds(5)).untilAtomic(running, equalTo(2));
	}

	private void hold() {
		running.incrementAndGet();
		try {
			release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			running.decrementAndGet();
		}
	}

	private static Claim claim(Channel channel) {
		return new Claim(new Delivery(UUID.randomUUID(), UUID.randomUUID(), EventKind.RECEIVED, channel, 0),
				UUID.randomUUID(), System.nanoTime() + Duration.ofMinutes(1).toNanos());
	}

}
