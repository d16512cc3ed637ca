package de.integrationskonzept.publishing.internal;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * A form's input was refused; nothing was changed. Carries every problem at once, so the page
 * can show all of them in one round trip.
 */
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super("invalid input: " + problems);
		this.problems = List.copyOf(problems);
	}

	public static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** Adds the problems to a form's binding result, for the error summary and the field messages. */
	public void addTo(Errors errors) {
		for (FieldProblem problem : problems) {
			Object[] arguments = problem.arguments().toArray();
			if (problem.field() == null) {
				errors.reject(problem.key(), arguments, null);
			}
			else {
				errors.rejectValue(problem.field(), problem.key(), arguments, null);
			}
		}
	}
}
