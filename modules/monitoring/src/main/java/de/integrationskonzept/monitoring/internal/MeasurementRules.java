package de.integrationskonzept.monitoring.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import de.integrationskonzept.monitoring.Measurements.NewMeasurement;
import de.integrationskonzept.monitoring.Period;

/** What a measurement must satisfy, in German, every problem at once (the form, the API and the import share it). */
final class MeasurementRules {

	private MeasurementRules() {
	}

	static Map<String, String> check(NewMeasurement measurement) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (measurement.indicatorId() == null) {
			problems.put("indicatorId", "Bitte wählen Sie einen Indikator.");
		}
		if (Period.parseOrNull(measurement.period()) == null) {
			problems.put("period", "Der Zeitraum „" + nullToEmpty(measurement.period())
					+ "“ ist ungültig: ein Jahr (2024), ein Halbjahr (2024-H1) oder ein Quartal (2024-Q3).");
		}
		if (measurement.value() == null) {
			problems.put("value", "Bitte geben Sie einen Wert an.");
		}
		else if (measurement.value().abs().compareTo(new java.math.BigDecimal("1e15")) > 0) {
			problems.put("value", "Der Wert ist unplausibel groß.");
		}
		String source = nullToEmpty(measurement.source()).strip();
		if (source.isEmpty() || source.length() > 300) {
			problems.put("source", "Bitte nennen Sie die Quelle des Werts (höchstens 300 Zeichen), z. B. „Statistikstelle, Melderegister“.");
		}
		if (measurement.collectedOn() != null && measurement.collectedOn().isAfter(LocalDate.now().plusDays(1))) {
			problems.put("collectedOn", "Das Erhebungsdatum liegt in der Zukunft.");
		}
		if (nullToEmpty(measurement.note()).length() > 2000) {
			problems.put("note", "Die Anmerkung darf höchstens 2000 Zeichen lang sein.");
		}
		return problems;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
