package com.bookingservice.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes settlements to the ledger in groups: a thread that brings one waits a few milliseconds
 * for others to join it, then writes, in one transaction, every settlement brought meanwhile,
 * while the threads that joined wait for that group to be written. Deliveries that end within
 * those milliseconds of each other thus share one statement batch and one commit, and take one
 * database connection between them whatever their number. A settlement is a delivery's own
 * record, never a customer's wait, so the few milliseconds cost nobody.
 */
@Component
class SettlementWriter {

	private static final Logger log = LoggerFactory.getLogger(SettlementWriter.class);

	private static final int MOST_PER_GROUP = 500;

	/** How long a group stays open for others to join it. */
	private static final Duration GATHERING = Duration.ofMillis(20);

	private final Queue<Entry> waiting = new ConcurrentLinkedQueue<>();

	private final ReentrantLock writing = new ReentrantLock();

	private final DeliveryLedger ledger;

	private final TransactionTemplate transaction;

	SettlementWriter(DeliveryLedger ledger, PlatformTransactionManager transactionManager) {
		this.ledger = ledger;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Writes a settlement, with whatever others are waiting, and returns once it is committed.
	 *
	 * @return false if the claim had been taken over, so that nothing was written
	 * @throws org.springframework.dao.DataAccessException if the group could not be written
	 */
	boolean write(Settlement settlement) {
		Entry entry = new Entry(settlement);
		waiting.add(entry);
		return awaitWritten(entry);
	}

	/**
	 * Hands claims back, in as few groups as they fit in, so that their deliveries can be
	 * claimed again at once. Claims that cannot be handed back wait for their leases to run out.
	 */
	void release(List<Claim> claims) {
		List<Entry> entries = claims.stream().map(claim -> new Entry(Settlement.released(claim))).toList();
		waiting.addAll(entries);
		try {
			entries.forEach(this::awaitWritten);
		}
		catch (RuntimeException ex) {
			log.warn("Could not hand back {} claimed deliveries; they are sent once their leases run out: {}.",
					claims.size(), ex.getClass().getSimpleName());
		}
	}

	private boolean awaitWritten(Entry entry) {
		while (!entry.done) {
			writing.lock();
			try {
				if (!entry.done) {
					writeWaiting();
				}
			}
			finally {
				writing.unlock();
			}
		}
		if (entry.failure != null) {
			throw entry.failure;
		}
		return entry.written;
	}

	private void writeWaiting() {
		gather();
		List<Entry> group = new ArrayList<>();
		for (Entry next = waiting.poll(); next != null; next = group.size() < MOST_PER_GROUP ? waiting.poll() : null) {
			group.add(next);
		}
		try {
			boolean[] written = transaction
				.execute(status -> ledger.settle(group.stream().map(Entry::settlement).toList()));
			for (int i = 0; i < group.size(); i++) {
				group.get(i).written = written[i];
				group.get(i).done = true;
			}
		}
		catch (RuntimeException ex) {
			for (Entry entry : group) {
				entry.failure = ex;
				entry.done = true;
			}
		}
	}

	private static void gather() {
		try {
			Thread.sleep(GATHERING);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A settlement waiting to be written. Its fields are set under the lock, before {@code done}.
	 */
	private static final class Entry {

		private final Settlement settlement;

		private boolean written;

		private RuntimeException failure;

		private volatile boolean done;

		Entry(Settlement settlement) {
			this.settlement = settlement;
		}

		Settlement settlement() {
			return settlement;
		}

	}

}
