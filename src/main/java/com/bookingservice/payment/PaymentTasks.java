package com.bookingservice.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the calls to Razorpay that no request waits for, each on a thread of its own: away from
 * requests, and away from the scheduler's threads, which the jobs of every feature share and
 * which a slow provider must not hold up. A task starts at once, while its claim is fresh, so
 * the threads are not pooled. They are platform threads: a virtual thread that waits for a
 * class to load pins its carrier, and a few at once can stop every other virtual thread.
 */
@Component
class PaymentTasks implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PaymentTasks.class);

	private static final long TERMINATION_TIMEOUT_MILLIS = 10_000;

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("payment-");

	PaymentTasks() {
		executor.setTaskTerminationTimeout(TERMINATION_TIMEOUT_MILLIS);
	}

	/**
	 * Runs a task soon. A task that fails is logged; its work stays due in the database, so a
	 * later run of its job takes it up again.
	 *
	 * @param what what the task does, as the subject of a log line
	 */
	void run(String what, Runnable task) {
		executor.execute(() -> {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("{} failed, and is tried again later: {}.", what, ex.getClass().getSimpleName());
				log.debug("{} failed in detail.", what, ex);
			}
		});
	}

	@Override
	public void close() {
		executor.close();
	}

}
