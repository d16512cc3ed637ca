package de.integrationskonzept.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A domain refusal that the API answers as RFC 9457 problem details: the status, a short
 * German title, the detail, and optionally the list of individual problems (e.g. every invalid
 * part of an imported document). Modules extend it for their own refusals.
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;
	private final String title;
	private final List<String> problems;

	protected ProblemException(HttpStatus status, String title, String detail, List<String> problems) {
		super(detail);
		this.status = status;
		this.title = title;
		this.problems = problems == null ? List.of() : List.copyOf(problems);
	}

	protected ProblemException(HttpStatus status, String title, String detail) {
		this(status, title, detail, List.of());
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	public List<String> problems() {
		return problems;
	}
}
