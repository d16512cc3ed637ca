package de.integrationskonzept.monitoring.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.monitoring.CollectionRounds.Cadence;
import de.integrationskonzept.monitoring.CollectionRounds.State;
import de.integrationskonzept.monitoring.Period;

class CollectionCalendarTests {

	private static Period period(String text) {
		return Period.parseOrNull(text);
	}

	@Test
	void periodsEndOnTheLastDayOfTheirYearHalfOrQuarter() {
		assertThat(CollectionCalendar.endOf(period("2024"))).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(CollectionCalendar.endOf(period("2024-H1"))).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(CollectionCalendar.endOf(period("2024-H2"))).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(CollectionCalendar.endOf(period("2024-Q1"))).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(CollectionCalendar.endOf(period("2024-Q2"))).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(CollectionCalendar.endOf(period("2024-Q3"))).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(CollectionCalendar.endOf(period("2024-Q4"))).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void aValueIsDueTheGivenDaysAfterThePeriodEnds() {
		assertThat(CollectionCalendar.dueOn(period("2024"), 90)).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(CollectionCalendar.dueOn(period("2024-H1"), 90)).isEqualTo(LocalDate.of(2024, 9, 28));
		assertThat(CollectionCalendar.dueOn(period("2024-Q1"), 90)).isEqualTo(LocalDate.of(2024, 6, 29));
		assertThat(CollectionCalendar.dueOn(period("2024-Q4"), 0)).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void onlyEndedPeriodsOfTheGivenYearsAreListed() {
		assertThat(CollectionCalendar.endedPeriods(Cadence.QUARTERLY, 2024, 2026, LocalDate.of(2024, 7, 1))).map(Period::toString)
			.containsExactly("2024-Q1", "2024-Q2");
		assertThat(CollectionCalendar.endedPeriods(Cadence.QUARTERLY, 2024, 2026, LocalDate.of(2024, 6, 30))).map(Period::toString)
			.as("the quarter's last day: not ended yet").containsExactly("2024-Q1");
		assertThat(CollectionCalendar.endedPeriods(Cadence.HALF_YEARLY, 2023, 2024, LocalDate.of(2024, 7, 1))).map(Period::toString)
			.containsExactly("2023-H1", "2023-H2", "2024-H1");
		assertThat(CollectionCalendar.endedPeriods(Cadence.YEARLY, 2021, 2025, LocalDate.of(2024, 1, 1))).map(Period::toString)
			.containsExactly("2021", "2022", "2023");
		assertThat(CollectionCalendar.endedPeriods(Cadence.YEARLY, 2021, 2022, LocalDate.of(2030, 1, 1))).map(Period::toString)
			.as("not beyond the last year").containsExactly("2021", "2022");
	}

	@Test
	void withoutAValueAPeriodIsDueUntilItsDueDateAndOverdueAfter() {
		Period q1 = period("2024-Q1");
		assertThat(CollectionCalendar.state(q1, 90, false, LocalDate.of(2024, 6, 29))).isEqualTo(State.FAELLIG);
		assertThat(CollectionCalendar.state(q1, 90, false, LocalDate.of(2024, 6, 30))).isEqualTo(State.UEBERFAELLIG);
		assertThat(CollectionCalendar.state(q1, 90, true, LocalDate.of(2030, 1, 1))).isEqualTo(State.ERLEDIGT);
	}

	@Test
	void theReminderWindowOpensFourteenDaysBeforeTheDueDate() {
		LocalDate due = LocalDate.of(2024, 6, 29);
		assertThat(CollectionCalendar.dueSoon(due, due.minusDays(15))).isFalse();
		assertThat(CollectionCalendar.dueSoon(due, due.minusDays(14))).isTrue();
		assertThat(CollectionCalendar.dueSoon(due, due)).isTrue();
		assertThat(CollectionCalendar.dueSoon(due, due.plusDays(1))).isFalse();
	}

	@Test
	void completenessIsTheShareWithAValueAndNothingWhenNothingWasDue() {
		assertThat(CollectionCalendar.completeness(1, 3)).isEqualByComparingTo("33.3");
		assertThat(CollectionCalendar.completeness(2, 3)).isEqualByComparingTo("66.7");
		assertThat(CollectionCalendar.completeness(0, 4)).isEqualByComparingTo("0");
		assertThat(CollectionCalendar.completeness(0, 0)).isNull();
	}
}
