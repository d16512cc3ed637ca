package de.integrationskonzept.participation;

import java.time.LocalDate;

/** One phase of a Beteiligungsverfahren, from its first to its last day (both included, Europe/Berlin). */
public record Phase(PhaseKind kind, LocalDate startsOn, LocalDate endsOn) {

	public boolean isCurrentOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}
}
