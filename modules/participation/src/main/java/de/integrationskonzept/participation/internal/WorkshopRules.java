package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.TextRules.blank;
import static de.integrationskonzept.participation.internal.TextRules.length;
import static de.integrationskonzept.participation.internal.TextRules.lengthOf;

import java.util.LinkedHashMap;
import java.util.Map;

import de.integrationskonzept.participation.Workshops;

/** The rules a workshop's plan must follow, as field → German message. Plain Java. */
final class WorkshopRules {

	private WorkshopRules() {
	}

	static Map<String, String> check(Workshops.Details details) {
		Map<String, String> problems = new LinkedHashMap<>();
		length(problems, "title", "Der Titel", details.title(), 3, 200, true);
		length(problems, "field", "Der Name des Handlungsfelds", details.field(), 0, 200, false);
		length(problems, "description", "Die Beschreibung", details.description(), 0, 5000, false);
		if (details.date() == null) {
			problems.put("date", "Bitte geben Sie das Datum an (TT.MM.JJJJ).");
		}
		if (details.startTime() == null) {
			problems.put("startTime", "Bitte geben Sie die Anfangszeit an (SS:MM).");
		}
		if (details.endTime() == null) {
			problems.put("endTime", "Bitte geben Sie die Endzeit an (SS:MM).");
		}
		else if (details.startTime() != null && !details.endTime().isAfter(details.startTime())) {
			problems.put("endTime", "Der Workshop muss nach seinem Beginn enden (am selben Tag).");
		}
		length(problems, "place", "Der Ort", details.place(), 0, 300, false);
		length(problems, "onlineLink", "Der Link", details.onlineLink(), 0, 500, false);
		if (blank(details.place()) && blank(details.onlineLink())) {
			problems.put("place", "Bitte geben Sie einen Ort oder einen Link für die Online-Teilnahme an.");
		}
		if (!blank(details.onlineLink()) && !details.onlineLink().strip().matches("https://\\S+")) {
			problems.put("onlineLink", "Der Link muss mit https:// beginnen und darf keine Leerzeichen enthalten.");
		}
		if (details.capacity() == null || details.capacity() < 1 || details.capacity() > 10000) {
			problems.put("capacity", "Bitte geben Sie die Zahl der Plätze an (1 bis 10000).");
		}
		return problems;
	}

	static Map<String, String> checkDocumentation(String documentation) {
		return lengthOf("documentation", "Die Dokumentation", documentation, 10, 20000, true);
	}
}
