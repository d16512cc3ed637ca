package de.integrationskonzept.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Input that breaks one or more rules (422): every problem at once, each under the field it
 * belongs to (key {@code ""}: the whole form), in words the user understands. Nothing was
 * changed. Modules extend it, so forms can place the messages next to their fields and the API
 * lists them in the problem details.
 */
public abstract class InvalidFields extends ProblemException {

	private final Map<String, String> fieldErrors;

	protected InvalidFields(Map<String, String> fieldErrors) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "Eingabe ungültig", fieldErrors.size() == 1 ? fieldErrors.values().iterator().next()
				: fieldErrors.size() + " Probleme gefunden; nichts wurde gespeichert.", List.copyOf(fieldErrors.values()));
		this.fieldErrors = new LinkedHashMap<>(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return Collections.unmodifiableMap(fieldErrors);
	}
}
