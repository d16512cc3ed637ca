package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.TextRules.length;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProcesses.NewProcess;
import de.integrationskonzept.participation.Phase;

/**
 * The rules a process and an idea must follow, as field → message (German, for the form and
 * the problem details). Plain Java, so they are tested without Spring.
 */
final class ProcessRules {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private ProcessRules() {
	}

	static Map<String, String> check(NewProcess process) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (process.editionId() == null || process.editionId().isBlank()) {
			problems.put("editionId", "Bitte wählen Sie die Ausgabe des Integrationskonzepts, zu der das Verfahren gehört.");
		}
		length(problems, "title", "Der Titel", process.title(), 3, 200, true);
		length(problems, "description", "Die Beschreibung", process.description(), 0, 5000, false);
		List<String> phaseProblems = phases(process.phases());
		if (!phaseProblems.isEmpty()) {
			problems.put("phases", String.join(" ", phaseProblems));
		}
		return problems;
	}

	static Map<String, String> check(Ideas.NewIdea idea) {
		Map<String, String> problems = new LinkedHashMap<>();
		length(problems, "title", "Der Titel", idea.title(), 3, 150, true);
		length(problems, "text", "Die Beschreibung Ihrer Idee", idea.text(), 10, 5000, true);
		length(problems, "field", "Der Name des Handlungsfelds", idea.field(), 0, 200, false);
		length(problems, "location", "Die Ortsangabe", idea.location(), 0, 200, false);
		if (!idea.consent()) {
			problems.put("consent", "Bitte stimmen Sie der Veröffentlichung und Auswertung Ihrer Idee zu.");
		}
		return problems;
	}

	/** Each phase complete and at least one day long; each begins after the one before has ended. */
	static List<String> phases(List<Phase> phases) {
		List<String> problems = new ArrayList<>();
		if (phases == null || phases.isEmpty()) {
			problems.add("Bitte legen Sie mindestens eine Phase an.");
			return problems;
		}
		for (int i = 0; i < phases.size(); i++) {
			Phase phase = phases.get(i);
			String name = "Phase " + (i + 1) + (phase.kind() == null ? "" : " (" + phase.kind().label() + ")");
			if (phase.kind() == null || phase.startsOn() == null || phase.endsOn() == null) {
				problems.add(name + ": Bitte geben Sie Art, Beginn und Ende an.");
				continue;
			}
			if (phase.endsOn().isBefore(phase.startsOn())) {
				problems.add(name + " endet am " + DAY.format(phase.endsOn()) + ", vor ihrem Beginn am " + DAY.format(phase.startsOn()) + ".");
			}
			if (i > 0) {
				Phase previous = phases.get(i - 1);
				if (previous.endsOn() != null && !phase.startsOn().isAfter(previous.endsOn())) {
					problems.add(name + " beginnt am " + DAY.format(phase.startsOn()) + ", aber Phase " + i + " endet erst am "
							+ DAY.format(previous.endsOn()) + ". Phasen folgen aufeinander und überschneiden sich nicht.");
				}
			}
		}
		return problems;
	}
}
