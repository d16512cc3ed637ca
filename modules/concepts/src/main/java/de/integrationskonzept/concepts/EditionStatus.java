package de.integrationskonzept.concepts;

import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of an edition. Content can change only while it is being written (Entwurf, in
 * Beteiligung); from the submission to the council on it is frozen — a draft sent back by the
 * council becomes Entwurf again, an adopted edition changes only through a Fortschreibung.
 */
public enum EditionStatus {

	ENTWURF("Entwurf"),
	IN_BETEILIGUNG("in Beteiligung"),
	ZUR_BESCHLUSSFASSUNG("zur Beschlussfassung"),
	BESCHLOSSEN("beschlossen"),
	VEROEFFENTLICHT("veröffentlicht"),
	ABGELOEST("abgelöst");

	private static final Map<EditionStatus, Set<EditionStatus>> NEXT = Map.of(
			ENTWURF, Set.of(IN_BETEILIGUNG, ZUR_BESCHLUSSFASSUNG),
			IN_BETEILIGUNG, Set.of(ENTWURF, ZUR_BESCHLUSSFASSUNG),
			ZUR_BESCHLUSSFASSUNG, Set.of(ENTWURF, BESCHLOSSEN),
			BESCHLOSSEN, Set.of(VEROEFFENTLICHT, ABGELOEST),
			VEROEFFENTLICHT, Set.of(ABGELOEST),
			ABGELOEST, Set.of());

	private final String label;

	EditionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean canChangeTo(EditionStatus next) {
		return NEXT.get(this).contains(next);
	}

	public Set<EditionStatus> next() {
		return NEXT.get(this);
	}

	/** Whether the content (parts, texts) may still be edited. */
	public boolean isEditable() {
		return this == ENTWURF || this == IN_BETEILIGUNG;
	}

	/** On the public site, or once was (a superseded edition stays readable as an earlier version). */
	public boolean isPublished() {
		return this == VEROEFFENTLICHT || this == ABGELOEST;
	}

	/** Adopted by the council (also once published or superseded). */
	public boolean isAdopted() {
		return this == BESCHLOSSEN || this == VEROEFFENTLICHT || this == ABGELOEST;
	}
}
