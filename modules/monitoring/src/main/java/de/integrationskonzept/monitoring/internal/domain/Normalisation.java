package de.integrationskonzept.monitoring.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue's normalisation rule, which makes a Landkreis and a small town comparable:
 * {@code %} (or {@code Prozent}, {@code % der …}) takes the value as it is; {@code je N Einwohner}
 * (e.g. {@code je 1.000 Einwohner}) divides the value by the population and multiplies by N.
 * Any other rule cannot be compared across cities.
 */
public record Normalisation(String rule, BigDecimal perInhabitants) {

	private static final Pattern PER_INHABITANTS = Pattern.compile("je\\s+([0-9.]+)\\s+Einwohner(?:innen und Einwohner)?", Pattern.CASE_INSENSITIVE);

	/** The rule, or empty when it is missing or not one the benchmark can apply. */
	public static Optional<Normalisation> of(String rule) {
		if (rule == null || rule.isBlank()) {
			return Optional.empty();
		}
		String text = rule.strip();
		if (text.startsWith("%") || text.toLowerCase().startsWith("prozent")) {
			return Optional.of(new Normalisation(text, null));
		}
		Matcher matcher = PER_INHABITANTS.matcher(text);
		if (matcher.matches()) {
			BigDecimal base = new BigDecimal(matcher.group(1).replace(".", ""));
			return base.signum() > 0 ? Optional.of(new Normalisation(text, base)) : Optional.empty();
		}
		return Optional.empty();
	}

	public boolean needsPopulation() {
		return perInhabitants != null;
	}

	/** The normalised value, or empty when the rule needs a population that is unknown or zero. */
	public Optional<BigDecimal> apply(BigDecimal value, Integer population) {
		if (!needsPopulation()) {
			return Optional.of(value);
		}
		if (population == null || population <= 0) {
			return Optional.empty();
		}
		return Optional.of(value.multiply(perInhabitants).divide(BigDecimal.valueOf(population), 6, RoundingMode.HALF_UP).stripTrailingZeros());
	}
}
