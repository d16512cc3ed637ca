package de.integrationskonzept.monitoring.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.validation.BindingResult;

/**
 * Reads typed form fields of the staff pages; what cannot be read is put next to its field (and
 * null returned), so the page can show every problem at once and store nothing.
 */
final class FormInput {

	private FormInput() {
	}

	/** A German number ({@code 74,5}); null for a blank text. */
	static BigDecimal number(String text, String field, String example, BindingResult errors) {
		try {
			return GermanNumbers.parse(text);
		}
		catch (NumberFormatException e) {
			errors.rejectValue(field, "monitoring.invalid", "„" + text.strip() + "“ ist keine Zahl; bitte z. B. " + example + " eingeben.");
			return null;
		}
	}

	/** A date typed as TT.MM.JJJJ or sent by a date input; null for a blank text. */
	static LocalDate date(String text, String field, BindingResult errors) {
		try {
			return GermanDates.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.rejectValue(field, "monitoring.invalid", "Das Datum „" + text.strip() + "“ ist ungültig (TT.MM.JJJJ).");
			return null;
		}
	}

	/** A whole number; {@code message} when missing or not one. */
	static Integer whole(String text, String field, String message, BindingResult errors) {
		try {
			return Integer.valueOf(text == null ? "" : text.strip());
		}
		catch (NumberFormatException e) {
			errors.rejectValue(field, "monitoring.invalid", message);
			return null;
		}
	}

	/** An id chosen from a list; {@code message} when missing or not one. */
	static UUID id(String text, String field, String message, BindingResult errors) {
		try {
			return UUID.fromString(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue(field, "monitoring.invalid", message);
			return null;
		}
	}

	/** Puts a refusal of the service next to its field, or above the form when the form has no such field. */
	static void reject(BindingResult errors, String field, String message) {
		if (errors.getFieldType(field) == null) {
			errors.reject("monitoring.invalid", message);
		}
		else {
			errors.rejectValue(field, "monitoring.invalid", message);
		}
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
