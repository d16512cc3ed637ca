package de.integrationskonzept.monitoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a measurement is for: a year ({@code 2023}), a half-year ({@code 2023-H1}) or a
 * quarter ({@code 2023-Q2}), as the indicator is collected.
 */
public record Period(int year, Part part, int number) implements Comparable<Period> {

	private static final Pattern FORMAT = Pattern.compile("([0-9]{4})(?:-([HQ])([1-4]))?");

	public enum Part {
		YEAR, HALF, QUARTER
	}

	public Period {
		if (year < 1990 || year > 2100) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		boolean valid = switch (part) {
			case YEAR -> number == 0;
			case HALF -> number == 1 || number == 2;
			case QUARTER -> number >= 1 && number <= 4;
		};
		if (!valid) {
			throw new IllegalArgumentException("invalid " + part + " number " + number);
		}
	}

	public static Period ofYear(int year) {
		return new Period(year, Part.YEAR, 0);
	}

	/** Reads {@code 2023}, {@code 2023-H1} or {@code 2023-Q4}; answers null for anything else. */
	public static Period parseOrNull(String text) {
		Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
		if (matcher == null || !matcher.matches()) {
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < 1990 || year > 2100) {
			return null;
		}
		if (matcher.group(2) == null) {
			return ofYear(year);
		}
		int number = Integer.parseInt(matcher.group(3));
		boolean half = matcher.group(2).equals("H");
		if (half && number > 2) {
			return null;
		}
		return new Period(year, half ? Part.HALF : Part.QUARTER, number);
	}

	/** Where the period ends, as a fraction of its year (1 for a year, 0.5 for H1, 0.25 for Q1), for ordering and paths. */
	public double endOfYearFraction() {
		return switch (part) {
			case YEAR -> 1.0;
			case HALF -> number * 0.5;
			case QUARTER -> number * 0.25;
		};
	}

	@Override
	public int compareTo(Period other) {
		int byYear = Integer.compare(year, other.year);
		return byYear != 0 ? byYear : Double.compare(endOfYearFraction(), other.endOfYearFraction());
	}

	@Override
	public String toString() {
		return switch (part) {
			case YEAR -> Integer.toString(year);
			case HALF -> year + "-H" + number;
			case QUARTER -> year + "-Q" + number;
		};
	}
}
