package com.bookingservice.notification;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Calls to a provider are bounded per channel, and deliveries waiting for one leave when the
 * instance stops.
 */
class ProviderPermitsTests {

	private final ProviderPermits permits = new ProviderPermits(new Binder(new MapConfigurationPropertySource(
			Map.of("booking.notifications.max-in-flight.sms", "2")))
		.bindOrCreate("booking.notifications", NotificationProperties.class));

	private final CountDownLatch release = new CountDownLatch(1);

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	@AfterEach
	void releaseTheHeldPermits() {
		release.countDown();
		threads.close();
	}

	@Test
	void letsNoMoreThanTheLimitOfCallsRunAtOnce() {
		permits.start();
		AtomicInteger running = new AtomicInteger();

		for (int i = 0; i < 3; i++) {
			CompletableFuture.runAsync(() -> holdPermit(Channel.SMS, running), threads);
		}

		await().atMost(Duration.ofSeconds(5)).untilAtomic(running, equalTo(2));
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
			.untilAtomic(running, equalTo(2));
	}

	@Test
	void aDeliveryWaitingForAPermitLeavesWhenTheInstanceStops() {
		permits.start();
		AtomicInteger running = new AtomicInteger();
		CompletableFuture.runAsync(() -> holdPermit(Channel.SMS, running), threads);
		CompletableFuture.runAsync(() -> holdPermit(Channel.SMS, running), threads);
		await().atMost(Duration.ofSeconds(5)).untilAtomic(running, equalTo(2));
		CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> tryPermit(Channel.SMS), threads);

		permits.stop();

		await().atMost(Duration.ofSeconds(5)).until(waiting::isDone);
		assertThat(waiting.join()).isFalse();
	}

	private void holdPermit(Channel channel, AtomicInteger running) {
		try {
			permits.withPermit(channel, () -> {
				running.incrementAndGet();
				awaitRelease();
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean tryPermit(Channel channel) {
		try {
			return permits.withPermit(channel, () -> {
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void awaitRelease() {
		try {
			release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
