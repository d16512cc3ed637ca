package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.TextRules.blank;
import static de.integrationskonzept.participation.internal.TextRules.length;
import static de.integrationskonzept.participation.internal.TextRules.lengthOf;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import de.integrationskonzept.participation.IdeaStatus;
import de.integrationskonzept.participation.Ideas.StatusChange;

/**
 * The rules for comments, reports, moderation notes and status changes, as field → German
 * message. Plain Java, so they are tested without Spring.
 */
final class IdeaRules {

	private IdeaRules() {
	}

	/** Where an idea may go from each status; a decided idea can be taken back into review. */
	static Set<IdeaStatus> next(IdeaStatus from) {
		return switch (from) {
			case EINGEGANGEN -> EnumSet.of(IdeaStatus.IN_PRUEFUNG);
			case IN_PRUEFUNG -> EnumSet.of(IdeaStatus.UEBERNOMMEN, IdeaStatus.NICHT_UEBERNOMMEN);
			case UEBERNOMMEN, NICHT_UEBERNOMMEN -> EnumSet.of(IdeaStatus.IN_PRUEFUNG);
		};
	}

	static Map<String, String> comment(String text) {
		return lengthOf("text", "Ihr Kommentar", text, 2, 2000, true);
	}

	static Map<String, String> reportReason(String reason) {
		return lengthOf("reason", "Der Grund der Meldung", reason, 0, 500, false);
	}

	static Map<String, String> moderationReason(String reason) {
		return lengthOf("reason", "Der Grund für das Ausblenden", reason, 3, 280, true);
	}

	/** Whether the change is allowed from {@code from}; the goal or measure itself is checked against the edition by the service. */
	static Map<String, String> statusChange(IdeaStatus from, StatusChange change) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (change.status() == null) {
			problems.put("status", "Bitte wählen Sie den neuen Status.");
			return problems;
		}
		if (!next(from).contains(change.status())) {
			problems.put("status", "Eine Idee mit dem Status „" + from.label() + "“ kann nicht auf „" + change.status().label()
					+ "“ gesetzt werden" + (from == IdeaStatus.EINGEGANGEN ? "; sie kommt zuerst in die Prüfung." : "."));
		}
		if (change.status() == IdeaStatus.UEBERNOMMEN && change.acceptedInto() == null) {
			problems.put("acceptedInto", "Bitte geben Sie das Ziel oder die Maßnahme an, in die die Idee übernommen wurde.");
		}
		if (change.status() == IdeaStatus.NICHT_UEBERNOMMEN && blank(change.reason())) {
			problems.put("reason", "Bitte begründen Sie, warum die Idee nicht übernommen wird.");
		}
		else {
			length(problems, "reason", "Die Begründung", change.reason(), 3, 2000, false);
		}
		return problems;
	}
}
