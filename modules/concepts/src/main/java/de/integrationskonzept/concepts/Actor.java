package de.integrationskonzept.concepts;

import java.util.List;
import java.util.UUID;

/**
 * An Akteur of the municipality's integration work — an office, school, club, welfare
 * association, migrant organisation, advisory council … — with a contact and the
 * Handlungsfelder it works in.
 */
public record Actor(UUID id, Kind kind, String name, String contact, String email, String phone, String website, List<String> fields,
		Integer version) {

	public enum Kind {
		VERWALTUNG, SCHULE, KITA, VEREIN, WOHLFAHRTSVERBAND, MIGRANTENORGANISATION, BEIRAT, RELIGIONSGEMEINSCHAFT, WIRTSCHAFT,
		BILDUNGSTRAEGER, SONSTIGE
	}

	public Actor {
		if (kind == null) {
			throw new IllegalArgumentException("Bitte geben Sie die Art des Akteurs an.");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Bitte geben Sie den Namen des Akteurs an.");
		}
		if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new IllegalArgumentException("Die E-Mail-Adresse „" + email + "“ ist ungültig.");
		}
		name = name.strip();
		version = version == null ? 0 : version;
		fields = fields == null ? List.of() : fields.stream().map(String::strip).filter(field -> !field.isEmpty()).distinct().toList();
	}
}
