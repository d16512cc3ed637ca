package de.integrationskonzept.participation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;

/**
 * When a kind of phase is open, over or still to come, with the refusals in German. A process may
 * have several phases of one kind; the last of them decides when that kind has ended.
 */
final class PhaseWindows {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private PhaseWindows() {
	}

	static boolean isCurrent(ParticipationProcess process, PhaseKind kind, LocalDate today) {
		return process.currentPhase(today).map(Phase::kind).filter(kind::equals).isPresent();
	}

	/** The process has a phase of this kind and the last one ended before today. */
	static boolean hasEnded(ParticipationProcess process, PhaseKind kind, LocalDate today) {
		return last(process, kind).filter(phase -> phase.endsOn().isBefore(today)).isPresent();
	}

	/** Refuses unless a phase of this kind is current today. */
	static void requireCurrent(ParticipationProcess process, PhaseKind kind, LocalDate today) {
		if (isCurrent(process, kind, today)) {
			return;
		}
		var next = process.phases().stream().filter(phase -> phase.kind() == kind && phase.startsOn().isAfter(today)).findFirst();
		if (next.isPresent()) {
			throw new ParticipationProblems.PhaseClosed("Die Phase „" + kind.label() + "“ beginnt erst am " + DAY.format(next.get().startsOn()) + ".");
		}
		throw new ParticipationProblems.PhaseClosed(last(process, kind)
			.map(phase -> "Die Phase „" + kind.label() + "“ ist am " + DAY.format(phase.endsOn()) + " zu Ende gegangen.")
			.orElse("Dieses Beteiligungsverfahren sieht keine Phase „" + kind.label() + "“ vor."));
	}

	/** Refuses once the last phase of this kind has ended, or when the process has none: preparations are over. */
	static void requireNotEnded(ParticipationProcess process, PhaseKind kind, LocalDate today) {
		Optional<Phase> last = last(process, kind);
		if (last.isEmpty()) {
			throw new ParticipationProblems.PhaseClosed("Dieses Beteiligungsverfahren sieht keine Phase „" + kind.label() + "“ vor.");
		}
		if (last.get().endsOn().isBefore(today)) {
			throw new ParticipationProblems.PhaseClosed("Die Phase „" + kind.label() + "“ ist am " + DAY.format(last.get().endsOn())
					+ " zu Ende gegangen; daran lässt sich nichts mehr ändern.");
		}
	}

	static Optional<Phase> last(ParticipationProcess process, PhaseKind kind) {
		return process.phases().stream().filter(phase -> phase.kind() == kind).reduce((first, second) -> second);
	}
}
