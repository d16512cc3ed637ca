package de.integrationskonzept.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.concepts.Resolution;
import de.integrationskonzept.concepts.TestEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * A JVM killed after the snapshot's transaction committed but before the registry recorded the publication as
 * completed leaves the publication incomplete; the next start delivers {@code EditionPublished} again. That second
 * delivery must neither take a second snapshot nor index the edition a second time. On real PostgreSQL: publish,
 * wait until the registry completed the publication, put it back into the state the kill leaves (completion date
 * null, status PROCESSING) and resubmit it, as the restart does. The crash itself: infra/backup/event-kill-drill.sh.
 */
@SpringBootTest
class PublicationRedeliveryTests {

	@Autowired ConceptEditions editions;
	@Autowired TenantScope tenantScope;
	@Autowired TransactionTemplate transactions;
	@Autowired DataSource dataSource;
	@Autowired IncompleteEventPublications incompletePublications;

	record Effects(int snapshots, int searchEntries, String snapshotTakenAt) {
	}

	@Test
	void aSecondDeliveryOfEditionPublishedTakesNoSecondSnapshotAndIndexesNothingTwice() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TenantId tenant = freshTenant(jdbc);
		Edition published = asEditorOf(tenant, () -> {
			Edition draft = editions.importJson(TestEditions.fresh());
			Edition submitted = editions.changeStatus(draft.id(), EditionStatus.ZUR_BESCHLUSSFASSUNG, null, draft.version());
			Edition adopted = editions.changeStatus(draft.id(), EditionStatus.BESCHLOSSEN,
					new Resolution("Gemeindevertretung", "17/2026", LocalDate.of(2026, 11, 20), null, null), submitted.version());
			return editions.changeStatus(draft.id(), EditionStatus.VEROEFFENTLICHT, null, adopted.version());
		});
		String editionId = published.id().value().toString();
		UUID publication = awaitCompletedPublication(jdbc, editionId);
		Effects first = effects(jdbc, tenant, editionId);
		assertThat(first.snapshots()).isEqualTo(1);
		assertThat(first.searchEntries()).isPositive();

		jdbc.update("update event_publication set completion_date = null, status = 'PROCESSING' where id = ?", publication);
		incompletePublications.resubmitIncompletePublications(candidate -> candidate.getIdentifier().equals(publication));

		assertThat(awaitCompletedPublication(jdbc, editionId)).isEqualTo(publication);
		assertThat(jdbc.queryForObject("select completion_attempts from event_publication where id = ?", Integer.class, publication))
			.as("the publication was delivered again").isPositive();
		assertThat(effects(jdbc, tenant, editionId)).isEqualTo(first);
	}

	private UUID awaitCompletedPublication(JdbcTemplate jdbc, String editionId) {
		return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForList("""
				select id from event_publication
				where event_type like '%EditionPublished' and listener_id like '%Publication%'
				  and serialized_event like '%' || ? || '%' and completion_date is not null
				""", UUID.class, editionId).stream().findFirst().orElse(null), id -> id != null);
	}

	private Effects effects(JdbcTemplate jdbc, TenantId tenant, String editionId) {
		UUID edition = UUID.fromString(editionId);
		return tenantScope.callAs(tenant, () -> transactions.execute(status -> new Effects(
				jdbc.queryForObject("select count(*) from publishing.published_edition where edition_id = ?", Integer.class, edition),
				jdbc.queryForObject("select count(*) from publishing.search_entry where edition_id = ?", Integer.class, edition),
				jdbc.queryForObject("select published_at::text from publishing.published_edition where edition_id = ?", String.class,
						edition))));
	}

	/** A municipality of its own, so that publishing here changes no other test's public site. */
	private static TenantId freshTenant(JdbcTemplate jdbc) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into platform.tenant (id, slug, name, short_name, kind, ags, bundesland, status)
				values (?, ?, 'Gemeinde Wiederholung', 'Wiederholung', 'GEMEINDE', ?, 'HE', 'ACTIVE')
				""", id, "wiederholung-" + id.toString().substring(0, 8),
				"06" + String.format("%05d", Math.floorMod(id.hashCode(), 100_000)) + "8");
		return new TenantId(id);
	}

	private <T> T asEditorOf(TenantId tenant, Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("editor", null,
				List.of(TenantAuthority.of(tenant, TenantRole.EDITOR))));
		try {
			return tenantScope.callAs(tenant, work);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
