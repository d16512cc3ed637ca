package de.integrationskonzept.monitoring.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.IntStream;

import de.integrationskonzept.monitoring.CollectionRounds.Cadence;
import de.integrationskonzept.monitoring.CollectionRounds.State;
import de.integrationskonzept.monitoring.Period;

/**
 * When a period's value is due, and where it stands.
 * <ul>
 * <li>A period ends on the last day of its year, half-year or quarter.</li>
 * <li>Its value is due {@code dueDays} days after that day; from the next day on, without a value, it is overdue.
 * 90 days by default: official statistics (Statistisches Landesamt, Bundesagentur für Arbeit) publish most
 * yearly figures two to three months after the year, and offices need a few weeks to check them.</li>
 * <li>A period is listed once it has ended, for the years from {@code fromYear} to {@code toYear}: periods that
 * have not ended yet are not due.</li>
 * <li>A reminder "bald fällig" goes out from {@value #REMIND_DAYS_BEFORE} days before the due date to the due date.</li>
 * <li>Completeness: of the periods whose due date lies before the given day, the share with a value, in percent,
 * one decimal, half up; none due → no score (null), not 0.</li>
 * </ul>
 */
public final class CollectionCalendar {

	public static final int REMIND_DAYS_BEFORE = 14;

	private CollectionCalendar() {
	}

	/** The last day of the period. */
	public static LocalDate endOf(Period period) {
		return switch (period.part()) {
			case YEAR -> LocalDate.of(period.year(), Month.DECEMBER, 31);
			case HALF -> LocalDate.of(period.year(), period.number() * 6, 1).plusMonths(1).minusDays(1);
			case QUARTER -> LocalDate.of(period.year(), period.number() * 3, 1).plusMonths(1).minusDays(1);
		};
	}

	public static LocalDate dueOn(Period period, int dueDays) {
		return endOf(period).plusDays(dueDays);
	}

	/** The periods of the years {@code fromYear}–{@code toYear} in this cadence that have ended before {@code asOf}, in order. */
	public static List<Period> endedPeriods(Cadence cadence, int fromYear, int toYear, LocalDate asOf) {
		return IntStream.rangeClosed(fromYear, toYear).boxed().flatMap(year -> cadence.periodsOf(year).stream())
			.filter(period -> endOf(period).isBefore(asOf)).toList();
	}

	public static State state(Period period, int dueDays, boolean hasValue, LocalDate asOf) {
		if (hasValue) {
			return State.ERLEDIGT;
		}
		return asOf.isAfter(dueOn(period, dueDays)) ? State.UEBERFAELLIG : State.FAELLIG;
	}

	/** Whether a period without a value is in the reminder window before its due date. */
	public static boolean dueSoon(LocalDate due, LocalDate asOf) {
		return !asOf.isAfter(due) && !asOf.isBefore(due.minusDays(REMIND_DAYS_BEFORE));
	}

	/** {@code done} of {@code due} in percent, one decimal, half up; null when nothing was due. */
	public static BigDecimal completeness(int done, int due) {
		if (due == 0) {
			return null;
		}
		return BigDecimal.valueOf(done).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
	}
}
