package de.integrationskonzept.monitoring.internal.domain;

import java.math.BigDecimal;
import java.math.MathContext;

import de.integrationskonzept.monitoring.IndicatorStatus;
import de.integrationskonzept.monitoring.Trend;

/**
 * How status and trend are judged (documented in the module README):
 * <ul>
 * <li>The gap is the shortfall of the latest value behind the target path for its period, as a
 * share of the path's span (baseline to target): for "steigern" {@code (SOLL − IST) / span}, for
 * "senken" {@code (IST − SOLL) / span}. Gap ≤ 0: auf Kurs; up to 0.25 (a quarter of the way
 * behind): gefährdet; more: nicht auf Kurs.</li>
 * <li>For "halten" the deviation from the target, {@code |IST − Ziel| / |Ziel|}: up to 5 %: auf
 * Kurs; up to 15 %: gefährdet; more: nicht auf Kurs.</li>
 * <li>Trend: the latest value against the one before, seen from the desired direction.</li>
 * </ul>
 */
public final class StatusRule {

	static final BigDecimal AT_RISK_GAP = new BigDecimal("0.25");
	static final BigDecimal MAINTAIN_ON_TRACK = new BigDecimal("0.05");
	static final BigDecimal MAINTAIN_AT_RISK = new BigDecimal("0.15");

	/** {@code INCREASE}, {@code DECREASE} or {@code MAINTAIN}, as the concept's indicator says. */
	public enum Direction {
		INCREASE, DECREASE, MAINTAIN
	}

	private StatusRule() {
	}

	public static IndicatorStatus status(Direction direction, BigDecimal actual, BigDecimal expected, TargetPath path) {
		if (!path.exists()) {
			return IndicatorStatus.OHNE_ZIEL;
		}
		if (actual == null) {
			return IndicatorStatus.KEINE_DATEN;
		}
		if (direction == Direction.MAINTAIN) {
			BigDecimal target = path.finalTarget();
			BigDecimal base = target.signum() == 0 ? BigDecimal.ONE : target.abs();
			BigDecimal deviation = actual.subtract(target).abs().divide(base, MathContext.DECIMAL64);
			return deviation.compareTo(MAINTAIN_ON_TRACK) <= 0 ? IndicatorStatus.AUF_KURS
					: deviation.compareTo(MAINTAIN_AT_RISK) <= 0 ? IndicatorStatus.GEFAEHRDET : IndicatorStatus.NICHT_AUF_KURS;
		}
		if (expected == null) {
			// Measured before the path begins: nothing to compare with yet.
			return IndicatorStatus.KEINE_DATEN;
		}
		BigDecimal shortfall = direction == Direction.INCREASE ? expected.subtract(actual) : actual.subtract(expected);
		BigDecimal gap = shortfall.divide(path.scale(), MathContext.DECIMAL64);
		return gap.signum() <= 0 ? IndicatorStatus.AUF_KURS
				: gap.compareTo(AT_RISK_GAP) <= 0 ? IndicatorStatus.GEFAEHRDET : IndicatorStatus.NICHT_AUF_KURS;
	}

	public static Trend trend(Direction direction, BigDecimal previous, BigDecimal latest, BigDecimal target) {
		if (previous == null || latest == null) {
			return Trend.UNBEKANNT;
		}
		int change = switch (direction) {
			case INCREASE -> latest.compareTo(previous);
			case DECREASE -> previous.compareTo(latest);
			case MAINTAIN -> target == null ? 0 : previous.subtract(target).abs().compareTo(latest.subtract(target).abs());
		};
		return change > 0 ? Trend.VERBESSERT : change < 0 ? Trend.VERSCHLECHTERT : Trend.UNVERAENDERT;
	}
}
