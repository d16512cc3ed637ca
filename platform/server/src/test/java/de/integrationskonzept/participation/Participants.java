package de.integrationskonzept.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.TestAccounts;

/**
 * People and time for the expert and vote tests: members of a tenant (real accounts with a
 * membership), the Wiesbaden edition's goals, and moving a phase's end into the past as the
 * calendar would.
 */
record Participants(JdbcTemplate jdbc, TransactionTemplate transactions, TenantScope scope) {

	/** Wiesbaden's „Bildung & Sprache“: two goals, the first with one Handlungsziel. */
	static final UUID BILDUNG = UUID.fromString("66640f8b-531b-4857-9c10-7b4e5a5df47b");
	static final UUID ARBEIT = UUID.fromString("a9243598-f4d3-48aa-b41c-08a1145a4f27");

	/** A new person with {@code role} in {@code tenant}; answers the e-mail address. */
	String member(TenantId tenant, String prefix, TenantRole role) {
		return TestAccounts.newMember(jdbc, transactions, scope, tenant, prefix, role);
	}

	UUID idOf(String email) {
		return TestAccounts.idOf(jdbc, email);
	}

	/** Lets every phase of the kind end yesterday (and the ones after it start later): the phase is over. */
	void endPhase(TenantId tenant, ParticipationProcess process, PhaseKind kind) {
		LocalDate yesterday = TestProcesses.today().minusDays(1);
		scope.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
			jdbc.update("update participation.phase set starts_on = least(starts_on, ?), ends_on = ? where process_id = ? and kind = ?",
					yesterday.minusDays(10), yesterday, process.id(), kind.name());
		}));
	}

	/** The goal ids of a field of the Wiesbaden edition, with Handlungsziele, in order. */
	static List<UUID> goalsOf(ConceptEditions editions, TenantScope scope, TenantId tenant, UUID field) {
		Edition edition = TestProcesses.asEditor(scope, tenant, () -> editions.get(EditionId.of(TestProcesses.WIESBADEN_EDITION)));
		return edition.fields().stream().filter(candidate -> candidate.id().equals(field)).flatMap(candidate -> candidate.goals().stream())
			.flatMap(Edition.Goal::withSubGoals).map(Edition.Goal::id).toList();
	}

	/** An Expertenbewertung from {@code from} to {@code to} days after today, then an Abstimmung and an Auswertung. */
	static List<Phase> ratingFromTo(int from, int to) {
		LocalDate today = TestProcesses.today();
		return List.of(new Phase(PhaseKind.EXPERTENBEWERTUNG, today.plusDays(from), today.plusDays(to)),
				new Phase(PhaseKind.ABSTIMMUNG, today.plusDays(to + 1), today.plusDays(to + 10)),
				new Phase(PhaseKind.AUSWERTUNG, today.plusDays(to + 11), today.plusDays(to + 40)));
	}

	/** An Abstimmung from {@code from} to {@code to} days after today, then an Auswertung. */
	static List<Phase> voteFromTo(int from, int to) {
		LocalDate today = TestProcesses.today();
		return List.of(new Phase(PhaseKind.ABSTIMMUNG, today.plusDays(from), today.plusDays(to)),
				new Phase(PhaseKind.AUSWERTUNG, today.plusDays(to + 1), today.plusDays(to + 30)));
	}
}
