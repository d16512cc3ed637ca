package de.integrationskonzept.monitoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import de.integrationskonzept.monitoring.FundedProjects;

/** The rules for a funded project's details, outputs and evaluations; each check returns every problem (field → German message). */
final class ProjectRules {

	private ProjectRules() {
	}

	static Map<String, String> check(FundedProjects.Details details, Set<UUID> actorIds, Set<UUID> goalIds) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (details.title() == null || details.title().isBlank() || details.title().strip().length() > 300) {
			problems.put("title", "Bitte geben Sie dem Projekt einen Titel (höchstens 300 Zeichen).");
		}
		if (details.carrierActorId() == null) {
			problems.put("carrierActorId", "Bitte wählen Sie den Träger des Projekts (einen Akteur).");
		}
		else if (!actorIds.contains(details.carrierActorId())) {
			problems.put("carrierActorId", "Unbekannter Träger: Es gibt keinen Akteur " + details.carrierActorId() + ".");
		}
		if (details.amount() == null || details.amount().signum() < 0) {
			problems.put("amount", "Bitte geben Sie die Fördersumme in Euro an (mindestens 0).");
		}
		if (details.startsOn() == null || details.endsOn() == null) {
			problems.put("period", "Bitte geben Sie Beginn und Ende der Förderung an.");
		}
		else if (details.endsOn().isBefore(details.startsOn())) {
			problems.put("period", "Das Ende der Förderung liegt vor ihrem Beginn.");
		}
		List<UUID> goals = details.goalIds() == null ? List.of() : details.goalIds();
		List<String> unknown = goals.stream().filter(goal -> goal == null || !goalIds.contains(goal)).map(String::valueOf).toList();
		if (goals.isEmpty()) {
			problems.put("goalIds", "Bitte wählen Sie mindestens ein Ziel, dem das Projekt dient.");
		}
		else if (!unknown.isEmpty()) {
			problems.put("goalIds", "Unbekannte Ziele in diesem Integrationskonzept: " + String.join(", ", unknown) + ".");
		}
		if (details.description() != null && details.description().length() > 5000) {
			problems.put("description", "Die Beschreibung ist zu lang (höchstens 5000 Zeichen).");
		}
		return problems;
	}

	static Map<String, String> checkOutput(int year, String text, BigDecimal value, String unit) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (year < 1990 || year > 2100) {
			problems.put("year", "Das Jahr " + year + " liegt außerhalb von 1990–2100.");
		}
		if (text == null || text.isBlank() || text.strip().length() > 2000) {
			problems.put("text", "Bitte beschreiben Sie die Leistung (höchstens 2000 Zeichen).");
		}
		if (unit != null && unit.strip().length() > 50) {
			problems.put("unit", "Die Einheit ist zu lang (höchstens 50 Zeichen).");
		}
		if (value == null && unit != null && !unit.isBlank()) {
			problems.put("value", "Zu einer Einheit gehört eine Zahl.");
		}
		return problems;
	}

	static Map<String, String> checkEvaluation(int rating, String text, UUID goalId, List<UUID> claimed) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (rating < 1 || rating > 5) {
			problems.put("rating", "Die Bewertung liegt zwischen 1 (kein Beitrag) und 5 (Ziel wesentlich vorangebracht).");
		}
		if (text == null || text.isBlank() || text.strip().length() > 5000) {
			problems.put("text", "Bitte begründen Sie die Bewertung (höchstens 5000 Zeichen).");
		}
		if (!claimed.contains(goalId)) {
			problems.put("goalId", "Das Projekt dient nicht dem Ziel " + goalId + "; bewertet werden nur die Ziele, die es angibt.");
		}
		return problems;
	}

	static String stripped(String text) {
		return text == null || text.isBlank() ? null : Objects.requireNonNull(text).strip();
	}
}
