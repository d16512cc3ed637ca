package de.integrationskonzept.publishing.internal;

import java.util.List;

/**
 * One refused input of a form: the field (or {@code null} for the whole form), the message key
 * in {@code messages-publishing.properties} and its arguments. Pages show it next to the field
 * and in the error summary.
 */
public record FieldProblem(String field, String key, List<Object> arguments) {

	public FieldProblem {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	public static FieldProblem of(String field, String key, Object... arguments) {
		return new FieldProblem(field, key, List.of(arguments));
	}
}
