package de.integrationskonzept.concepts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import de.integrationskonzept.concepts.Edition.Direction;

/**
 * An entry of the shared indicator catalogue: how the indicator is defined, its unit and
 * normalisation (e.g. {@code %}, {@code je 1.000 Einwohner}), where the data come from, which
 * direction is desirable, and where the definition itself comes from ({@code sourceReference},
 * e.g. the Länder integration monitoring). {@code version} counts the changes of the entry.
 * Municipalities' indicators refer to an entry by its {@code code}, which is what makes them
 * comparable across cities.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CatalogueIndicator(String code, int version, LocalizedText name, LocalizedText definition, String unit,
		String normalisation, String dataSource, Direction direction, String sourceReference, Instant changedAt) {

	/** The same content as another version (set by the catalogue when saving). */
	public CatalogueIndicator asVersion(int newVersion, Instant changed) {
		return new CatalogueIndicator(code, newVersion, name, definition, unit, normalisation, dataSource, direction, sourceReference,
				changed);
	}

	/** Everything wrong with this entry, in words an administrator understands; empty when it is valid. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (code == null || code.length() > 63 || !FieldTemplate.CODE.matcher(code).matches()) {
			problems.add("Der Code „" + code + "“ ist ungültig: erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche (höchstens 63 Zeichen).");
		}
		if (name == null) {
			problems.add("Der Indikator braucht einen Namen.");
		}
		if (definition == null) {
			problems.add("Der Indikator braucht eine Definition.");
		}
		if (isBlank(unit)) {
			problems.add("Der Indikator braucht eine Einheit.");
		}
		if (isBlank(dataSource)) {
			problems.add("Der Indikator braucht eine Datenquelle.");
		}
		if (direction == null) {
			problems.add("Beim Indikator fehlt die gewünschte Richtung.");
		}
		if (isBlank(sourceReference)) {
			problems.add("Der Indikator braucht einen Nachweis, woher die Definition stammt.");
		}
		return problems;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
