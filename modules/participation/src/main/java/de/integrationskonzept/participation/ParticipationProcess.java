package de.integrationskonzept.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;

/**
 * A Beteiligungsverfahren for one concept edition: title, description and its phases in order.
 */
public record ParticipationProcess(UUID id, EditionId editionId, String title, String description, List<Phase> phases) {

	/** Phases begin and end by the calendar of the municipalities. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	public ParticipationProcess {
		phases = phases == null ? List.of() : List.copyOf(phases);
		description = description == null ? "" : description;
	}

	public Optional<Phase> currentPhase(LocalDate today) {
		return phases.stream().filter(phase -> phase.isCurrentOn(today)).findFirst();
	}

	/** Open: a phase is current or still to come. */
	public boolean isOpenOn(LocalDate today) {
		return phases.stream().anyMatch(phase -> !phase.endsOn().isBefore(today));
	}

	public Optional<Phase> nextPhase(LocalDate today) {
		return phases.stream().filter(phase -> phase.startsOn().isAfter(today)).findFirst();
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}
}
