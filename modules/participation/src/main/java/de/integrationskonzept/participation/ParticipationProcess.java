package de.integrationskonzept.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.participation.internal.HistoricalRecords;

/**
 * A Beteiligungsverfahren for one concept edition: title, description and its phases in order.
 * {@code example} marks demonstration content (Beispieldaten), labelled as such wherever it is shown.
 */
public record ParticipationProcess(UUID id, EditionId editionId, String title, String description, List<Phase> phases, boolean example) {

	/** Phases begin and end by the calendar of the municipalities. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	public ParticipationProcess {
		phases = phases == null ? List.of() : List.copyOf(phases);
		description = description == null ? "" : description;
	}

	/** A real (not example) process. */
	public ParticipationProcess(UUID id, EditionId editionId, String title, String description, List<Phase> phases) {
		this(id, editionId, title, description, phases, false);
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

	/**
	 * Today in Europe/Berlin — or the past day being recorded, while a municipality's earlier
	 * Beteiligung is imported through {@code internal.HistoricalRecords}.
	 */
	public static LocalDate today() {
		return HistoricalRecords.today();
	}
}
