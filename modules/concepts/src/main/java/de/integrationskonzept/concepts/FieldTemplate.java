package de.integrationskonzept.concepts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One published version of a shared Handlungsfeld template: name, description, the goals it
 * suggests and the codes of the catalogue indicators it suggests. A suggested goal keeps its
 * {@code key} across versions, so a tenant's adopted goal can follow it. Published versions
 * never change; a change is a new version.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldTemplate(String code, int version, LocalizedText name, LocalizedText description,
		List<SuggestedGoal> suggestedGoals, List<String> suggestedIndicators, Instant publishedAt) {

	/** Codes and keys: lowercase letters and digits in hyphen-separated words, e.g. {@code bildung-sprache}. */
	public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public FieldTemplate {
		suggestedGoals = suggestedGoals == null ? List.of() : List.copyOf(suggestedGoals);
		suggestedIndicators = suggestedIndicators == null ? List.of() : List.copyOf(suggestedIndicators);
	}

	/** A goal the template suggests; {@code key} identifies it in every version of the template. */
	public record SuggestedGoal(String key, LocalizedText title, LocalizedText description) {
	}

	public Optional<SuggestedGoal> suggestedGoal(String key) {
		return suggestedGoals.stream().filter(goal -> goal.key().equals(key)).findFirst();
	}

	/** The same content as another version (set by the catalogue when publishing). */
	public FieldTemplate asVersion(int newVersion, Instant published) {
		return new FieldTemplate(code, newVersion, name, description, suggestedGoals, suggestedIndicators, published);
	}

	/** Everything wrong with this template, in words an administrator understands; empty when it is valid. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (code == null || code.length() > 63 || !CODE.matcher(code).matches()) {
			problems.add("Der Code „" + code + "“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche (höchstens 63 Zeichen).");
		}
		if (name == null) {
			problems.add("Die Vorlage braucht einen Namen.");
		}
		if (suggestedGoals.isEmpty()) {
			problems.add("Die Vorlage braucht mindestens ein vorgeschlagenes Ziel.");
		}
		Set<String> keys = new HashSet<>();
		for (SuggestedGoal goal : suggestedGoals) {
			if (goal.key() == null || !CODE.matcher(goal.key()).matches()) {
				problems.add("Der Schlüssel „" + goal.key() + "“ eines vorgeschlagenen Ziels ist ungültig.");
			}
			else if (!keys.add(goal.key())) {
				problems.add("Der Schlüssel „" + goal.key() + "“ kommt mehrfach vor.");
			}
			if (goal.title() == null) {
				problems.add("Das vorgeschlagene Ziel „" + goal.key() + "“ braucht einen Titel.");
			}
		}
		if (new HashSet<>(suggestedIndicators).size() != suggestedIndicators.size()) {
			problems.add("Ein vorgeschlagener Indikator ist mehrfach genannt.");
		}
		return problems;
	}
}
