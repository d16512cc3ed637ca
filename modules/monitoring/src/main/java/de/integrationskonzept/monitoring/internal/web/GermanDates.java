package de.integrationskonzept.monitoring.internal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as German staff write and read them; the platform's days are Berlin days. */
final class GermanDates {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** Reads 1.3.2024 as well as 01.03.2024; strict, so 31.02. is an error rather than 28.02. */
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
	/** How every staff page writes a date (DIN 5008). */
	private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
	private static final DateTimeFormatter GERMAN_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(BERLIN);

	private GermanDates() {
	}

	/** {@code 01.03.2024}; an empty text for null. */
	static String format(LocalDate date) {
		return date == null ? "" : GERMAN.format(date);
	}

	/** {@code 02.03.2024 10:00}, Berlin time. */
	static String format(java.time.Instant instant) {
		return GERMAN_DATE_TIME.format(instant);
	}

	/**
	 * Reads {@code 01.03.2024} (typed) or {@code 2024-03-01} (a date input); null for a blank text.
	 * @throws java.time.format.DateTimeParseException if the text is no date
	 */
	static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.contains(".") ? LocalDate.parse(text.strip(), TYPED) : LocalDate.parse(text.strip());
	}

	static LocalDate today() {
		return LocalDate.now(BERLIN);
	}
}
