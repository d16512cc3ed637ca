package de.integrationskonzept.participation;

import java.time.LocalTime;
import java.util.UUID;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.tenancy.TenantId;

/** Creates a Wiesbaden process (Workshops phase around today) and workshops in it, as an editor. */
final class TestWorkshops {

	private TestWorkshops() {
	}

	static ParticipationProcess process(ParticipationProcesses processes, TenantScope scope, TenantId tenant) {
		var today = TestProcesses.today();
		return TestProcesses.create(processes, scope, tenant,
				java.util.List.of(new Phase(PhaseKind.WORKSHOPS, today.minusDays(30), today.plusDays(60))));
	}

	/** A workshop {@code days} days from today (negative: in the past), 17:00–20:00 in the Rathaus. */
	static Workshop create(Workshops workshops, TenantScope scope, TenantId tenant, ParticipationProcess process, int days, int capacity) {
		return create(workshops, scope, tenant, process, details("Arbeit und Ausbildung " + UUID.randomUUID().toString().substring(0, 8), days,
				capacity));
	}

	static Workshop create(Workshops workshops, TenantScope scope, TenantId tenant, ParticipationProcess process, Workshops.Details details) {
		return TestProcesses.asEditor(scope, tenant, () -> workshops.create(process.id(), details));
	}

	static Workshops.Details details(String title, int days, int capacity) {
		return new Workshops.Details(title, "Arbeit und Ausbildung", "Wie gelingt der Einstieg in Ausbildung und Beruf?",
				TestProcesses.today().plusDays(days), LocalTime.of(17, 0), LocalTime.of(20, 0), "Rathaus, Raum 101", null, capacity);
	}
}
