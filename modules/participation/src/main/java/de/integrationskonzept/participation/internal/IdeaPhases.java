package de.integrationskonzept.participation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;

/** What the Ideensammlung allows: submitting, supporting and commenting only while it is current. */
final class IdeaPhases {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private IdeaPhases() {
	}

	static boolean collecting(ParticipationProcess process, LocalDate today) {
		return process.currentPhase(today).map(Phase::kind).filter(PhaseKind.IDEENSAMMLUNG::equals).isPresent();
	}

	/** Ideas only while an Ideensammlung is current: before it opens and after its deadline the service refuses. */
	static void requireSubmission(ParticipationProcess process, LocalDate today) {
		if (collecting(process, today)) {
			return;
		}
		var next = process.phases().stream().filter(phase -> phase.kind() == PhaseKind.IDEENSAMMLUNG && phase.startsOn().isAfter(today))
			.findFirst();
		if (next.isPresent()) {
			throw new ParticipationProblems.PhaseClosed("Die Ideensammlung beginnt erst am " + DAY.format(next.get().startsOn())
					+ ". Bis dahin können noch keine Ideen eingereicht werden.");
		}
		var last = process.phases().stream().filter(phase -> phase.kind() == PhaseKind.IDEENSAMMLUNG).reduce((first, second) -> second);
		throw new ParticipationProblems.PhaseClosed(last.map(phase -> "Die Ideensammlung ist am " + DAY.format(phase.endsOn())
				+ " zu Ende gegangen. Neue Ideen können nicht mehr eingereicht werden.")
			.orElse("Dieses Beteiligungsverfahren sieht keine Ideensammlung vor."));
	}

	/** Support and comments belong to the collection too, so the ideas stand still while the editors review them. */
	static void requireDiscussion(ParticipationProcess process, LocalDate today) {
		if (!collecting(process, today)) {
			throw new ParticipationProblems.PhaseClosed("Ideen können nur während der Ideensammlung unterstützt und kommentiert werden.");
		}
	}
}
