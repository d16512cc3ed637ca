package de.integrationskonzept.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.persistence.internal.CompletedEventPurge;
import de.integrationskonzept.platform.persistence.internal.EventRedelivery;
import de.integrationskonzept.platform.tenancy.ContactOffice;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The event plumbing later modules rely on: an event published in a tenant's transaction is
 * stored in the event publication registry, delivered after commit on another thread, and the
 * listener — restoring the tenant from the event — reads that tenant's data under RLS; a publication whose
 * listener failed is delivered again by {@link EventRedelivery} without waiting for a restart; completed
 * publications are deleted after a week by {@link CompletedEventPurge}, the others never.
 */
@SpringBootTest
class TenantEventDeliveryTests {

	record SomethingHappened(TenantId tenantId) {
	}

	record WorkRequested(TenantId tenantId, UUID workId) {
	}

	/** Fails at the first delivery (as when the database is away for a moment), succeeds at the next. */
	static class FlakyWorker {

		private final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();

		int deliveries(UUID workId) {
			return deliveries.getOrDefault(workId, new AtomicInteger()).get();
		}

		@ApplicationModuleListener
		void on(WorkRequested event) {
			if (deliveries.computeIfAbsent(event.workId(), id -> new AtomicInteger()).incrementAndGet() == 1) {
				throw new IllegalStateException("simulated failure of the first delivery");
			}
		}
	}

	static class ContactOfficeReader {

		private final CompletableFuture<ContactOffice> seen = new CompletableFuture<>();
		private final TenantScope tenantScope;
		private final Tenants tenants;

		ContactOfficeReader(TenantScope tenantScope, Tenants tenants) {
			this.tenantScope = tenantScope;
			this.tenants = tenants;
		}

		CompletableFuture<ContactOffice> seen() {
			return seen;
		}

		@ApplicationModuleListener
		void on(SomethingHappened event) {
			seen.complete(tenantScope.callAs(event.tenantId(), () -> tenants.currentContactOffice().orElseThrow()));
		}
	}

	@TestConfiguration
	static class Listener {

		@Bean
		ContactOfficeReader contactOfficeReader(TenantScope tenantScope, Tenants tenants) {
			return new ContactOfficeReader(tenantScope, tenants);
		}

		@Bean
		FlakyWorker flakyWorker() {
			return new FlakyWorker();
		}
	}

	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transactions;
	@Autowired TenantScope tenantScope;
	@Autowired Tenants tenants;
	@Autowired ContactOfficeReader reader;
	@Autowired JdbcTemplate jdbc;
	@Autowired FlakyWorker worker;
	@Autowired EventRedelivery redelivery;
	@Autowired CompletedEventPurge purge;

	@Test
	void listenerRestoresTheTenantFromTheEvent() throws Exception {
		TenantId duesseldorf = tenants.findActiveBySlug("duesseldorf").orElseThrow().id();

		tenantScope.runAs(duesseldorf, () -> transactions.executeWithoutResult(
				status -> events.publishEvent(new SomethingHappened(duesseldorf))));

		assertThat(reader.seen().get(10, TimeUnit.SECONDS).name()).startsWith("Fachstelle Integration");
		// The registry marks the publication completed when the listener's transaction commits.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		int completed = 0;
		while (completed == 0 && System.nanoTime() < deadline) {
			completed = jdbc.queryForObject("select count(*) from event_publication where event_type like ? and completion_date is not null",
					Integer.class, "%SomethingHappened");
			Thread.sleep(50);
		}
		assertThat(completed).isPositive();
	}

	@Test
	void aPublicationWhoseListenerFailedIsDeliveredAgainWithoutARestart() {
		TenantId wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		UUID workId = UUID.randomUUID();

		tenantScope.runAs(wiesbaden, () -> transactions.executeWithoutResult(
				status -> events.publishEvent(new WorkRequested(wiesbaden, workId))));
		await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(publicationStatus(workId)));
		assertThat(worker.deliveries(workId)).isEqualTo(1);

		redelivery.redeliverFailed();

		await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(publicationStatus(workId)));
		assertThat(worker.deliveries(workId)).isEqualTo(2);
	}

	@Test
	void completedPublicationsAreDeletedAfterAWeekAndNoOthers() {
		Map<String, UUID> rows = Map.of("completed 8 days ago", UUID.randomUUID(), "completed 6 days ago", UUID.randomUUID(),
				"failed 30 days ago", UUID.randomUUID(), "outstanding 30 days ago", UUID.randomUUID());
		insertPublication(rows.get("completed 8 days ago"), "COMPLETED", "8 days", "8 days");
		insertPublication(rows.get("completed 6 days ago"), "COMPLETED", "6 days", "6 days");
		insertPublication(rows.get("failed 30 days ago"), "FAILED", "30 days", null);
		insertPublication(rows.get("outstanding 30 days ago"), "PUBLISHED", "30 days", null);
		try {
			purge.purgeCompleted();

			assertThat(rows.entrySet().stream()
				.filter(row -> jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class, row.getValue()) == 1)
				.map(Map.Entry::getKey)).containsExactlyInAnyOrder("completed 6 days ago", "failed 30 days ago", "outstanding 30 days ago");
		} finally {
			jdbc.update("delete from event_publication where id = any(?)", (Object) rows.values().toArray(UUID[]::new));
		}
	}

	private void insertPublication(UUID id, String status, String publishedAgo, String completedAgo) {
		jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status,
				    completion_attempts)
				values (?, 'purge-test', 'de.integrationskonzept.events.PurgeTest', '{}', now() - cast(? as interval),
				    now() - cast(? as interval), ?, 1)""", id, publishedAgo, completedAgo, status);
	}

	private String publicationStatus(UUID workId) {
		return jdbc.queryForList("select status from event_publication where event_type like ? and serialized_event like ?", String.class,
				"%WorkRequested", "%" + workId + "%").stream().findFirst().orElse(null);
	}
}
