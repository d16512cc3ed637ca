package de.integrationskonzept.participation.internal;

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
		Map<String, String> problems = new LinkedHashMap<>();
		length(problems, "text", "Ihr Kommentar", text, 2, 2000, true);
		return problems;
	}

	static Map<String, String> reportReason(String reason) {
		Map<String, String> problems = new LinkedHashMap<>();
		length(problems, "reason", "Der Grund der Meldung", reason, 0, 500, false);
		return problems;
	}

	static Map<String, String> moderationReason(String reason) {
		Map<String, String> problems = new LinkedHashMap<>();
		length(problems, "reason", "Der Grund für das Ausblenden", reason, 3, 280, true);
		return problems;
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

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String stripped(String value) {
		return blank(value) ? null : value.strip();
	}

	private static void length(Map<String, String> problems, String field, String what, String value, int min, int max, boolean required) {
		int length = value == null ? 0 : value.strip().length();
		if (length == 0 && required) {
			problems.put(field, what + " fehlt.");
		}
		else if (length > 0 && length < min) {
			problems.put(field, what + " ist zu kurz (mindestens " + min + " Zeichen).");
		}
		else if (length > max) {
			problems.put(field, what + " ist zu lang (höchstens " + max + " Zeichen, jetzt " + length + ").");
		}
	}
}
