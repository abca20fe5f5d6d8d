package com.bookingservice.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

/**
 * Bounds how many calls to each channel's provider are in flight at once in this instance,
 * so that a burst of bookings or a recovered backlog cannot flood a provider or this service.
 */
@Component
class ProviderPermits {

	private final Map<Channel, Semaphore> permits = new EnumMap<>(Channel.class);

	ProviderPermits(NotificationProperties properties) {
		for (Channel channel : Channel.values()) {
			permits.put(channel, new Semaphore(properties.maxInFlight().of(channel), true));
		}
	}

	/**
	 * Runs the work once a permit of the channel is free.
	 *
	 * @throws InterruptedException if the thread is interrupted while waiting, as at shut-down
	 */
	void withPermit(Channel channel, Runnable work) throws InterruptedException {
		Semaphore semaphore = permits.get(channel);
		semaphore.acquire();
		try {
			work.run();
		}
		finally {
			semaphore.release();
		}
	}

}
