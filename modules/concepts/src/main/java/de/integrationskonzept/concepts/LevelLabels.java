package de.integrationskonzept.concepts;

import java.util.Map;

/**
 * The tenant's own display names for the levels of the model (e.g. "Teilziel" instead of
 * "Handlungsziel"); the model itself does not change. Levels without an own name show the
 * platform's default.
 */
public interface LevelLabels {

	enum Level {
		LEITLINIE("Leitlinie", "Guiding principle"),
		HANDLUNGSFELD("Handlungsfeld", "Field of action"),
		ZIEL("Ziel", "Goal"),
		HANDLUNGSZIEL("Handlungsziel", "Operational goal"),
		MASSNAHME("Maßnahme", "Measure"),
		INDIKATOR("Indikator", "Indicator");

		private final String german;
		private final String english;

		Level(String german, String english) {
			this.german = german;
			this.english = english;
		}

		public Label defaultLabel() {
			return new Label(german, english);
		}
	}

	/** A level's name in German and (optionally) English. */
	record Label(String german, String english) {

		public Label {
			if (german == null || german.isBlank() || german.length() > 60) {
				throw new IllegalArgumentException("Die Bezeichnung braucht 1 bis 60 Zeichen.");
			}
		}
	}

	/** Every level with the tenant's name or the default. */
	Map<Level, Label> all();

	/** Sets the tenant's names (requires {@code EDITOR}); levels not given keep their current name. */
	Map<Level, Label> rename(Map<Level, Label> labels);
}
