package de.integrationskonzept.concepts;

/** An edition as lists show it. */
public record EditionSummary(EditionId id, LocalizedText title, int periodFrom, int periodTo, EditionStatus status,
		EditionId continues, int version) {
}
