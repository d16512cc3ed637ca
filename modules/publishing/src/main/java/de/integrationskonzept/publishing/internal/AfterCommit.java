package de.integrationskonzept.publishing.internal;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs in-memory follow-ups of a change (dropping cached pages) once the transaction committed,
 * or at once outside a transaction. Not a {@code @TransactionalEventListener}: Spring Modulith
 * would record every such event in its publication registry, and completing that record needs a
 * second connection while the committing one is still held — with many concurrent writers, the
 * pool runs dry.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable work) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					work.run();
				}
			});
		}
		else {
			work.run();
		}
	}
}
