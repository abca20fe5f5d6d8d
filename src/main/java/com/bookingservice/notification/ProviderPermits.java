package com.bookingservice.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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

	private static final long LOOK_UP_MILLIS = 500;

	private final Map<Channel, Semaphore> permits = new EnumMap<>(Channel.class);

	private volatile boolean running;

	ProviderPermits(NotificationProperties properties) {
		for (Channel channel : Channel.values()) {
			permits.put(channel, new Semaphore(properties.maxInFlight().of(channel), true));
		}
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
	 * Waits for a permit while the instance runs, looking up now and then so that a waiting
	 * delivery notices when the instance stops.
	 */
	private boolean acquire(Semaphore semaphore) throws InterruptedException {
		while (running) {
			if (semaphore.tryAcquire(LOOK_UP_MILLIS, TimeUnit.MILLISECONDS)) {
				if (running) {
					return true;
				}
				semaphore.release();
			}
		}
		return false;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
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
