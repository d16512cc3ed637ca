package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;

/**
 * Collection rounds (Erhebungsrunden) of an edition's indicators: how often each value is collected
 * ({@link Cadence}), by which office and person, when a period's value is due, what is due or overdue
 * now, and how complete the data are per Handlungsfeld and per office. Reading needs {@code CONTRIBUTOR}
 * or the client scope {@code monitoring.read}; changing a setting needs {@code EDITOR} or
 * {@code monitoring.write}.
 * <p>
 * Due rule: a period's value is due {@code dueDays} days (default {@value #DEFAULT_DUE_DAYS}) after the
 * period ends. Listed are the periods of the edition's years that have ended by the given day; later
 * periods are not due yet. Indicators without a setting are collected yearly, with no office.
 */
public interface CollectionRounds {

	int DEFAULT_DUE_DAYS = 90;

	/** The state of the periods due by {@code asOf} (normally today), with completeness per field and office. */
	Overview overview(EditionId edition, LocalDate asOf);

	/**
	 * Sets an indicator's cadence, office, responsible person (an account of the tenant holding at least
	 * {@code EDITOR}) and due days. Checks everything first; a refusal stores nothing.
	 * @throws MonitoringProblems.Invalid with every problem at once
	 */
	Setting configure(EditionId edition, UUID indicatorId, SettingInput input);

	/** How often an indicator's value is collected. */
	enum Cadence {
		YEARLY("jährlich", Period.Part.YEAR, 1), HALF_YEARLY("halbjährlich", Period.Part.HALF, 2), QUARTERLY("vierteljährlich",
				Period.Part.QUARTER, 4);

		private final String label;
		private final Period.Part part;
		private final int perYear;

		Cadence(String label, Period.Part part, int perYear) {
			this.label = label;
			this.part = part;
			this.perYear = perYear;
		}

		public String label() {
			return label;
		}

		/** The periods of one year in this cadence, in order ({@code 2024}; {@code 2024-H1}, {@code 2024-H2}; …). */
		public List<Period> periodsOf(int year) {
			if (part == Period.Part.YEAR) {
				return List.of(Period.ofYear(year));
			}
			return java.util.stream.IntStream.rangeClosed(1, perYear).mapToObj(number -> new Period(year, part, number)).toList();
		}
	}

	/** Where a period stands. */
	enum State {
		/** A current value exists. */
		ERLEDIGT("erledigt", "✓"),
		/** Ended, no value yet, due date not passed. */
		FAELLIG("fällig", "!"),
		/** No value and the due date has passed. */
		UEBERFAELLIG("überfällig", "✗");

		private final String label;
		private final String symbol;

		State(String label, String symbol) {
			this.label = label;
			this.symbol = symbol;
		}

		public String label() {
			return label;
		}

		public String symbol() {
			return symbol;
		}
	}

	/** What an editor (or API client) sets; {@code dueDays} null means {@value #DEFAULT_DUE_DAYS}. */
	record SettingInput(Cadence cadence, String office, UUID responsibleAccountId, Integer dueDays) {
	}

	/** An indicator's setting; {@code configured} is false for the default (yearly, no office). */
	record Setting(UUID indicatorId, String indicatorName, UUID fieldId, String fieldName, Cadence cadence, int dueDays, String office,
			UUID responsibleAccountId, boolean configured) {
	}

	/** One period of one indicator that has ended (so its value is or was due). */
	record DuePeriod(UUID indicatorId, String indicatorName, UUID fieldId, String fieldName, String period, LocalDate dueOn, String office,
			UUID responsibleAccountId, State state) {
	}

	/**
	 * Completeness of a group (a Handlungsfeld or an office): of the periods whose due date has passed,
	 * how many have a value; {@code percent} is null when none was due yet.
	 */
	record Completeness(String group, int due, int done, BigDecimal percent) {
	}

	record Overview(LocalDate asOf, List<DuePeriod> periods, List<Completeness> byField, List<Completeness> byOffice, List<Setting> settings) {

		public Overview {
			periods = List.copyOf(periods);
			byField = List.copyOf(byField);
			byOffice = List.copyOf(byOffice);
			settings = List.copyOf(settings);
		}

		public List<DuePeriod> in(State state) {
			return periods.stream().filter(period -> period.state() == state).toList();
		}
	}
}
