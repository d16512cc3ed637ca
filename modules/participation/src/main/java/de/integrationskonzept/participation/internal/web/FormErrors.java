package de.integrationskonzept.participation.internal.web;

import org.springframework.validation.Errors;

import de.integrationskonzept.participation.ParticipationProblems;

/** Puts the service's refusals next to the form fields (and into the error summary). */
final class FormErrors {

	private FormErrors() {
	}

	static void addTo(ParticipationProblems.Invalid invalid, Errors errors) {
		invalid.fieldErrors().forEach((field, message) -> {
			if (field.isEmpty()) {
				errors.reject("participation.invalid", message);
			}
			else {
				errors.rejectValue(field, "participation.invalid", message);
			}
		});
	}
}
