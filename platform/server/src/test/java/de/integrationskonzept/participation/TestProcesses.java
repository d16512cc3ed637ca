package de.integrationskonzept.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/** Creates processes through the service as an editor of the tenant, with phases relative to today (Europe/Berlin). */
final class TestProcesses {

	/** Wiesbaden's demo edition 2021–2025 (tenants/concepts/*.json). */
	static final String WIESBADEN_EDITION = "1aa46193-781a-450a-a389-0bb67d533684";

	private TestProcesses() {
	}

	static LocalDate today() {
		return ParticipationProcess.today();
	}

	/** Dietzenbach's demo edition (tenants/concepts/dietzenbach.json): a tenant without demo participation content. */
	static final String DIETZENBACH_EDITION = "61f19c32-1591-4f4c-bc67-36a318277fa3";

	static ParticipationProcess create(ParticipationProcesses processes, TenantScope scope, TenantId tenant, List<Phase> phases) {
		return create(processes, scope, tenant, phases, WIESBADEN_EDITION);
	}

	static ParticipationProcess create(ParticipationProcesses processes, TenantScope scope, TenantId tenant, List<Phase> phases, String edition) {
		return asEditor(scope, tenant, () -> processes.create(new ParticipationProcesses.NewProcess(edition,
				"Verfahren " + UUID.randomUUID(), "Wie wollen wir zusammenleben?", phases)));
	}

	static <T> T asEditor(TenantScope scope, TenantId tenant, java.util.function.Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("redaktion@demo.invalid", null,
				List.of(TenantAuthority.of(tenant, TenantRole.EDITOR))));
		try {
			return scope.callAs(tenant, work);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** An Ideensammlung from {@code from} to {@code to} days after today, then an Auswertung. */
	static List<Phase> ideasFromTo(int from, int to) {
		LocalDate today = today();
		return List.of(new Phase(PhaseKind.IDEENSAMMLUNG, today.plusDays(from), today.plusDays(to)),
				new Phase(PhaseKind.AUSWERTUNG, today.plusDays(to + 1), today.plusDays(to + 30)));
	}
}
