package com.bookingservice.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Bounds how many calls to each channel's provider are in flight at once in this instance, so
 * that a burst of bookings or a recovered backlog floods neither a provider nor this service.
 * Once the instance stops, after its web server, no new call is let through: deliveries still
 * waiting are left in the ledger for another instance, or for this one's next start. Calls in
 * flight finish, within the executor's termination time-out.
 */
@Component
class ProviderPermits implements SmartLifecycle {

	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	/** Released to every channel when the instance stops, so that each waiting delivery wakes. */
	private static final int WAKE_ALL = Integer.MAX_VALUE / 2;

	private final NotificationProperties.MaxInFlight limits;

	private volatile Map<Channel, Semaphore> permits;

	private volatile boolean running;

	ProviderPermits(NotificationProperties properties) {
		this.limits = properties.maxInFlight();
		this.permits = fresh();
	}

	/**
	 * Runs the work once a permit of the channel is free, unless the instance is stopping.
	 *
	 * @return whether the work ran
	 * @throws InterruptedException if the thread is interrupted while it waits
	 */
	boolean withPermit(Channel channel, Runnable work) throws InterruptedException {
		Semaphore semaphore = permits.get(channel);
		if (!acquire(semaphore)) {
			return false;
		}
		try {
			work.run();
			return true;
		}
		finally {
			semaphore.release();
		}
	}

	/**
	 * Waits in line for a permit, oldest first. Stopping the instance wakes every waiting
	 * delivery, which then gives its permit back and leaves.
	 */
	private boolean acquire(Semaphore semaphore) throws InterruptedException {
		if (!running) {
			return false;
		}
		semaphore.acquire();
		if (running) {
			return true;
		}
		semaphore.release();
		return false;
	}

	private Map<Channel, Semaphore> fresh() {
		Map<Channel, Semaphore> semaphores = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			semaphores.put(channel, new Semaphore(limits.of(channel), true));
		}
		return semaphores;
	}

	@Override
	public void start() {
		permits = fresh();
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		permits.values().forEach(semaphore -> semaphore.release(WAKE_ALL));
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
