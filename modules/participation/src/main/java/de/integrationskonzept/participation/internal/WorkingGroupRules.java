package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.TextRules.length;
import static de.integrationskonzept.participation.internal.TextRules.lengthOf;

import java.util.LinkedHashMap;
import java.util.Map;

import de.integrationskonzept.participation.GoalSuggestions.NewSuggestion;
import de.integrationskonzept.participation.WorkingGroupMeetings.NewMeeting;
import de.integrationskonzept.participation.WorkingGroups.NewGroup;

/**
 * What a working group, a meeting, minutes, a goal suggestion and a rejection must look like, as
 * field → German message. Plain Java, tested without Spring.
 */
final class WorkingGroupRules {

	private WorkingGroupRules() {
	}

	static Map<String, String> check(NewGroup group) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (group.fieldId() == null || group.fieldId().isBlank()) {
			problems.put("fieldId", "Bitte wählen Sie das Handlungsfeld der Arbeitsgruppe.");
		}
		length(problems, "name", "Der Name", group.name(), 3, 200, true);
		length(problems, "description", "Die Beschreibung", group.description(), 0, 5000, false);
		return problems;
	}

	static Map<String, String> check(NewMeeting meeting) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (meeting.startsAt() == null) {
			problems.put("startsAt", "Bitte geben Sie Datum und Uhrzeit der Sitzung an.");
		}
		length(problems, "location", meeting.online() ? "Der Link zur Online-Sitzung" : "Der Ort", meeting.location(), 2, 500, true);
		length(problems, "agenda", "Die Tagesordnung", meeting.agenda(), 0, 10000, false);
		return problems;
	}

	static Map<String, String> checkMinutes(String minutes) {
		return lengthOf("minutes", "Das Protokoll", minutes, 1, 50000, true);
	}

	static Map<String, String> check(NewSuggestion suggestion) {
		Map<String, String> problems = new LinkedHashMap<>();
		length(problems, "title", "Der Titel des Ziels", suggestion.title(), 3, 300, true);
		length(problems, "description", "Die Beschreibung", suggestion.description(), 0, 5000, false);
		return problems;
	}

	static Map<String, String> checkReason(String reason) {
		return lengthOf("reason", "Die Begründung der Ablehnung", reason, 3, 2000, true);
	}

	static String stripped(String value) {
		return value == null ? "" : value.strip();
	}
}
