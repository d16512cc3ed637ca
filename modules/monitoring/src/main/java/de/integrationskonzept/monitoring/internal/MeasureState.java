package de.integrationskonzept.monitoring.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.monitoring.MeasureProgress;

/**
 * The recorded state of a measure and the percent rule: a change without a percent takes the new
 * status's default when the status changes, and keeps the percent when it does not.
 */
record MeasureState(MeasureStatus status, int percent, boolean percentOverridden, BigDecimal weight, String note) {

	static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");

	/** The state of a measure nothing was recorded for: the edition's status and its default percent. */
	static MeasureState initial(MeasureStatus editionStatus) {
		return new MeasureState(editionStatus, MeasureProgress.defaultPercent(editionStatus, 0), false, null, null);
	}

	/** The state after a change; {@code percent} null follows the rule, a given percent is an override unless it is the default. */
	MeasureState then(MeasureStatus newStatus, Integer newPercent, BigDecimal newWeight, String newNote) {
		int fallback = newStatus == status ? percent : MeasureProgress.defaultPercent(newStatus, percent);
		if (newPercent == null) {
			return new MeasureState(newStatus, fallback, newStatus == status && percentOverridden, newWeight, blankToNull(newNote));
		}
		boolean overridden = newPercent != MeasureProgress.defaultPercent(newStatus, percent);
		return new MeasureState(newStatus, newPercent, overridden, newWeight, blankToNull(newNote));
	}

	boolean sameAs(MeasureState other) {
		return status == other.status && percent == other.percent && Objects.equals(note, other.note)
				&& (weight == null ? other.weight == null : other.weight != null && weight.compareTo(other.weight) == 0);
	}

	/** Every problem of a requested change, in German (the form, the API, the bulk change and the import share it). */
	static Map<String, String> check(MeasureStatus status, Integer percent, BigDecimal weight, String note) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (status == null) {
			problems.put("status", "Bitte wählen Sie einen Status (GEPLANT, LAUFEND, ABGESCHLOSSEN, AUSGESETZT).");
		}
		if (percent != null && (percent < 0 || percent > 100)) {
			problems.put("percent", "Der Fortschritt muss zwischen 0 und 100 Prozent liegen.");
		}
		if (weight != null && (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0)) {
			problems.put("weight", "Das Gewicht muss eine positive Zahl bis 1000 sein (ohne Angabe zählt jede Maßnahme gleich).");
		}
		if (note != null && note.length() > 2000) {
			problems.put("note", "Die Anmerkung darf höchstens 2000 Zeichen lang sein.");
		}
		return problems;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
