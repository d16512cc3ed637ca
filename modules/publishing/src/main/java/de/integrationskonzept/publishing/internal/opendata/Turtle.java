package de.integrationskonzept.publishing.internal.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Writing Turtle by hand (RDF 1.1 Turtle) without pulling an RDF library into the application:
 * subjects with their predicate–object lists, and correctly escaped terms. Texts come from editors,
 * so every literal and IRI goes through {@link #literal} or {@link #iri}.
 */
final class Turtle {

	private static final String FORBIDDEN_IN_IRI = "<>\"{}|^`\\";

	private final StringBuilder out = new StringBuilder();

	Turtle prefix(String prefix, String namespace) {
		out.append("@prefix ").append(prefix).append(": ").append(iri(namespace)).append(" .\n");
		return this;
	}

	/** Starts the statements about {@code subject} (a term); close them with {@link Subject#end()}. */
	Subject subject(String subject, String type) {
		out.append('\n').append(subject).append(" a ").append(type);
		return new Subject();
	}

	@Override
	public String toString() {
		return out.toString();
	}

	final class Subject {

		/** Adds {@code predicate object}; a null object (a missing value) adds nothing. */
		Subject add(String predicate, String object) {
			if (object != null) {
				out.append(" ;\n    ").append(predicate).append(' ').append(object);
			}
			return this;
		}

		void end() {
			out.append(" .\n");
		}
	}

	/**
	 * An IRI term. Characters Turtle forbids in IRIs (controls, space, angle brackets, quotes,
	 * braces, pipe, caret, backtick, backslash) are percent-encoded; other characters, non-ASCII
	 * ones included, are allowed as they are.
	 */
	static String iri(String iri) {
		StringBuilder term = new StringBuilder("<");
		iri.codePoints().forEach(c -> {
			if (c <= 0x20 || FORBIDDEN_IN_IRI.indexOf(c) >= 0) {
				term.append('%').append(String.format("%02X", c));
			}
			else {
				term.appendCodePoint(c);
			}
		});
		return term.append('>').toString();
	}

	/** A string literal, with a language tag unless {@code language} is null. */
	static String literal(String text, String language) {
		if (text == null) {
			return null;
		}
		StringBuilder term = new StringBuilder("\"");
		text.codePoints().forEach(c -> {
			switch (c) {
				case '\\' -> term.append("\\\\");
				case '"' -> term.append("\\\"");
				case '\n' -> term.append("\\n");
				case '\r' -> term.append("\\r");
				case '\t' -> term.append("\\t");
				case '\b' -> term.append("\\b");
				case '\f' -> term.append("\\f");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						term.append(String.format("\\u%04X", c));
					}
					else {
						term.appendCodePoint(c);
					}
				}
			}
		});
		term.append('"');
		return language == null ? term.toString() : term.append('@').append(language).toString();
	}

	static String dateTime(Instant instant) {
		return instant == null ? null : literal(instant.truncatedTo(ChronoUnit.SECONDS).toString(), null) + "^^xsd:dateTime";
	}

	static String date(LocalDate date) {
		return date == null ? null : literal(date.toString(), null) + "^^xsd:date";
	}

	/** A blank node with its own predicate–object list, written inline. */
	static String blankNode(String type, String... predicatesAndObjects) {
		StringBuilder term = new StringBuilder("[ a ").append(type);
		for (int i = 0; i + 1 < predicatesAndObjects.length; i += 2) {
			if (predicatesAndObjects[i + 1] != null) {
				term.append(" ; ").append(predicatesAndObjects[i]).append(' ').append(predicatesAndObjects[i + 1]);
			}
		}
		return term.append(" ]").toString();
	}
}
