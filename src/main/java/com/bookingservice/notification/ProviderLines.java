package com.bookingservice.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The line of claimed deliveries waiting for each channel's provider, and the threads that call
 * it: a fixed number per channel, so that a burst of bookings or a recovered backlog floods
 * neither a provider nor this service. Deliveries wait in line oldest first, holding no thread
 * and no database connection.
 * <p>
 * The calls run on platform threads. On virtual threads, a call that loads a class pins its
 * carrier while it waits for the class loader's locks, and a few first calls loading the
 * provider clients' classes at once, as after a start with a backlog, can pin every carrier
 * while the thread holding the lock waits for one: the whole process then stands still.
 * <p>
 * Once the instance stops, after its web server, no new call starts: deliveries still in line
 * are handed back at once, together, for another instance or this one's next start, and calls
 * in flight get a while to finish.
 */
class ProviderLines implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProviderLines.class);

	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	/** How long a thread with nothing to send lives on. */
	private static final Duration IDLE = Duration.ofSeconds(60);

	private final Map<Channel, Integer> limits = new EnumMap<>(Channel.class);

	private final Duration termination;

	private final Consumer<List<Claim>> handBack;

	private volatile Map<Channel, ThreadPoolExecutor> lines = Map.of();

	private volatile boolean running;

	/**
	 * @param termination how long calls in flight may run on once the instance stops
	 * @param handBack releases claims whose deliveries will not be sent by this instance
	 */
	ProviderLines(NotificationProperties.MaxInFlight maxInFlight, Duration termination,
			Consumer<List<Claim>> handBack) {
		for (Channel channel : Channel.values()) {
			limits.put(channel, maxInFlight.of(channel));
		}
		this.termination = termination;
		this.handBack = handBack;
	}

	/**
	 * Puts a claimed delivery in its channel's line, to be sent by the call once a thread of the
	 * channel is free. If the instance is not running, or stops before the call starts, the
	 * claim is handed back instead.
	 */
	void enqueue(Claim claim, Runnable call) {
		ThreadPoolExecutor line = running ? lines.get(claim.channel()) : null;
		if (line == null) {
			handBack.accept(List.of(claim));
			return;
		}
		try {
			line.execute(new Waiting(claim, call));
		}
		catch (RejectedExecutionException ex) {
			handBack.accept(List.of(claim));
		}
	}

	/**
	 * How many deliveries wait in line for the channel, not counting those being sent.
	 */
	int waiting(Channel channel) {
		ThreadPoolExecutor line = lines.get(channel);
		return line == null ? 0 : line.getQueue().size();
	}

	@Override
	public void start() {
		if (running) {
			return;
		}
		Map<Channel, ThreadPoolExecutor> fresh = new EnumMap<>(Channel.class);
		limits.forEach((channel, limit) -> fresh.put(channel, line(channel, limit)));
		lines = fresh;
		running = true;
	}

	/**
	 * Hands back every delivery still in line, then waits for the calls in flight.
	 */
	@Override
	public void stop() {
		running = false;
		List<Claim> left = new ArrayList<>();
		for (ThreadPoolExecutor line : lines.values()) {
			List<Runnable> drained = new ArrayList<>();
			line.getQueue().drainTo(drained);
			line.shutdown();
			for (Runnable task : drained) {
				left.add(((Waiting) task).claim);
			}
		}
		if (!left.isEmpty()) {
			log.info("{} deliveries waiting for a provider are left for later, as this instance is stopping.",
					left.size());
			handBack.accept(left);
		}
		awaitCallsInFlight();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void awaitCallsInFlight() {
		long deadline = System.nanoTime() + termination.toNanos();
		for (ThreadPoolExecutor line : lines.values()) {
			try {
				if (!line.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
					log.warn("Calls to a provider were still in flight after {}, and are interrupted; their "
							+ "deliveries are sent again once their leases run out.", termination);
					line.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				line.shutdownNow();
			}
		}
	}

	private static ThreadPoolExecutor line(Channel channel, int threads) {
		ThreadPoolExecutor line = new ThreadPoolExecutor(threads, threads, IDLE.toMillis(), TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(),
				Thread.ofPlatform().name("notify-" + channel.value() + "-", 1).daemon(true).factory());
		line.allowCoreThreadTimeOut(true);
		return line;
	}

	/**
	 * A delivery in line: sent by the thread that takes it from the line, or handed back by the
	 * instance's stop if that empties the line first.
	 */
	private final class Waiting implements Runnable {

		private final Claim claim;

		private final Runnable call;

		Waiting(Claim claim, Runnable call) {
			this.claim = claim;
			this.call = call;
		}

		@Override
		public void run() {
			if (running) {
				call.run();
			}
			else {
				handBack.accept(List.of(claim));
			}
		}

	}

}
