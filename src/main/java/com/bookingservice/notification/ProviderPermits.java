package com.bookingservice.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Bounds how many calls to each channel's provider are in flight at once in this instance, so
 * that a burst of bookings or a recovered backlog floods neither a provider nor this service.
 * Deliveries wait in line for a permit, oldest first, holding no database connection. Once the
 * instance stops, after its web server, no new call is let through: deliveries still waiting
 * leave at once, their claims handed back for another instance or this one's next start. Calls
 * in flight finish, within the executor's termination time-out.
 */
@Component
class ProviderPermits implements SmartLifecycle {

	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	/** Enough permits to let every waiting delivery through to see that the instance stops. */
	private static final int EVERYONE = Integer.MAX_VALUE / 2;

	private final Map<Channel, Integer> limits = new EnumMap<>(Channel.class);

	private volatile Map<Channel, Semaphore> permits;

	private volatile boolean running;

	ProviderPermits(NotificationProperties properties) {
		for (Channel channel : Channel.values()) {
			limits.put(channel, properties.maxInFlight().of(channel));
		}
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
		semaphore.acquire();
		try {
			if (!running) {
				return false;
			}
			work.run();
			return true;
		}
		finally {
			semaphore.release();
		}
	}

	@Override
	public void start() {
		if (!running) {
			permits = fresh();
			running = true;
		}
	}

	/**
	 * Lets every waiting delivery through, to find that the instance stops and leave.
	 */
	@Override
	public void stop() {
		running = false;
		permits.values().forEach(semaphore -> semaphore.release(EVERYONE));
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private Map<Channel, Semaphore> fresh() {
		Map<Channel, Semaphore> semaphores = new EnumMap<>(Channel.class);
		limits.forEach((channel, limit) -> semaphores.put(channel, new Semaphore(limit, true)));
		return semaphores;
	}

}
