package de.integrationskonzept.participation;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.TestEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.TestAccounts;

/**
 * A draft edition of its own (so accepting goals changes nobody else's edition), a process for it
 * whose Ideensammlung runs today, and people with memberships in the tenant.
 */
record WorkingGroupFixture(JdbcTemplate jdbc, TransactionTemplate transactions, TenantScope scope, ConceptEditions editions,
		ParticipationProcesses processes, TenantId tenant) {

	Edition draftEdition() {
		return asEditor(() -> editions.importJson(TestEditions.fresh()));
	}

	ParticipationProcess processFor(Edition edition, List<Phase> phases) {
		return asEditor(() -> processes.create(new ParticipationProcesses.NewProcess(edition.id().toString(), "Verfahren " + UUID.randomUUID(),
				"Fortschreibung mit Arbeitsgruppen", phases)));
	}

	Edition edition(Edition edition) {
		return asEditor(() -> editions.get(edition.id()));
	}

	/** A new person holding {@code role} in the tenant; answers the e-mail address. */
	String person(String prefix, TenantRole role) {
		return TestAccounts.newMember(jdbc, transactions, scope, tenant, prefix, role);
	}

	<T> T asEditor(java.util.function.Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("redaktion@demo.invalid", null,
				List.of(TenantAuthority.of(tenant, TenantRole.EDITOR))));
		try {
			return scope.callAs(tenant, work);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
