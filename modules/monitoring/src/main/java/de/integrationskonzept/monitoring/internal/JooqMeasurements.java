package de.integrationskonzept.monitoring.internal;

import static de.integrationskonzept.monitoring.internal.db.Tables.MEASUREMENT;
import static de.integrationskonzept.monitoring.internal.db.Tables.TARGET;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.Measurements;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.Period;
import de.integrationskonzept.monitoring.internal.db.tables.records.MeasurementRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqMeasurements implements Measurements {

	private final DSLContext dsl;
	private final IndicatorStructure structure;
	private final CurrentAccount currentAccount;
	private final BenchmarkPublication benchmark;

	JooqMeasurements(DSLContext dsl, IndicatorStructure structure, CurrentAccount currentAccount, BenchmarkPublication benchmark) {
		this.dsl = dsl;
		this.structure = structure;
		this.currentAccount = currentAccount;
		this.benchmark = benchmark;
	}

	static void requireReader() {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, READ_SCOPE);
	}

	static void requireWriter() {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.EDITOR, WRITE_SCOPE);
	}

	@Override
	public Measurement record(EditionId edition, NewMeasurement measurement) {
		requireWriter();
		Map<String, String> problems = MeasurementRules.check(measurement);
		if (!problems.isEmpty()) {
			throw new MonitoringProblems.Invalid(problems);
		}
		structure.of(edition).require(measurement.indicatorId());
		return store(measurement);
	}

	/** Stores a checked measurement: nothing when it equals the current value, a correction when it differs. */
	public Measurement store(NewMeasurement measurement) {
		String period = Period.parseOrNull(measurement.period()).toString();
		// Serialise writers of one indicator and period, so two corrections cannot both become current.
		dsl.fetch("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))",
				"measurement:" + TenantContext.require().value() + ":" + measurement.indicatorId() + ":" + period);
		MeasurementRecord current = dsl.selectFrom(MEASUREMENT)
			.where(MEASUREMENT.INDICATOR_ID.eq(measurement.indicatorId()), MEASUREMENT.PERIOD.eq(period), MEASUREMENT.SUPERSEDED_AT.isNull())
			.fetchOne();
		if (current != null && sameContent(current, measurement)) {
			return toMeasurement(current);
		}
		OffsetDateTime now = OffsetDateTime.now();
		if (current != null) {
			dsl.update(MEASUREMENT).set(MEASUREMENT.SUPERSEDED_AT, now).where(MEASUREMENT.ID.eq(current.getId())).execute();
		}
		UUID id = UUID.randomUUID();
		dsl.insertInto(MEASUREMENT)
			.set(MEASUREMENT.TENANT_ID, TenantContext.require().value())
			.set(MEASUREMENT.ID, id)
			.set(MEASUREMENT.INDICATOR_ID, measurement.indicatorId())
			.set(MEASUREMENT.PERIOD, period)
			.set(MEASUREMENT.VALUE, measurement.value())
			.set(MEASUREMENT.SOURCE, measurement.source().strip())
			.set(MEASUREMENT.COLLECTED_ON, measurement.collectedOn())
			.set(MEASUREMENT.NOTE, blankToNull(measurement.note()))
			.set(MEASUREMENT.EXAMPLE, measurement.via() == Measurement.EntryChannel.DEMO)
			.set(MEASUREMENT.ENTERED_BY, currentAccount.id().orElse(null))
			.set(MEASUREMENT.ENTERED_VIA, measurement.via().name())
			.set(MEASUREMENT.ENTERED_AT, now)
			.execute();
		// Same transaction: a shared benchmark value never differs from the current IST value.
		benchmark.measurementChanged(measurement.indicatorId(), period, measurement.value());
		return toMeasurement(dsl.selectFrom(MEASUREMENT).where(MEASUREMENT.ID.eq(id)).fetchSingle());
	}

	/** The current value of an indicator and period, if any (for the import's preview). */
	public MeasurementRecord currentOf(UUID indicatorId, Period period) {
		return dsl.selectFrom(MEASUREMENT).where(MEASUREMENT.INDICATOR_ID.eq(indicatorId), MEASUREMENT.PERIOD.eq(period.toString()),
				MEASUREMENT.SUPERSEDED_AT.isNull()).fetchOne();
	}

	static boolean sameContent(MeasurementRecord current, NewMeasurement measurement) {
		return current.getValue().compareTo(measurement.value()) == 0 && current.getSource().equals(measurement.source().strip())
				&& Objects.equals(current.getCollectedOn(), measurement.collectedOn())
				&& Objects.equals(current.getNote(), blankToNull(measurement.note()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Measurement> history(EditionId edition, UUID indicatorId) {
		requireReader();
		structure.of(edition).require(indicatorId);
		return dsl.selectFrom(MEASUREMENT).where(MEASUREMENT.INDICATOR_ID.eq(indicatorId)).orderBy(MEASUREMENT.ENTERED_AT, MEASUREMENT.ID)
			.fetch(JooqMeasurements::toMeasurement).stream().sorted(Comparator.comparing(Measurement::period)).toList();
	}

	@Override
	public void setTarget(EditionId edition, UUID indicatorId, int year, BigDecimal value) {
		requireWriter();
		structure.of(edition).require(indicatorId);
		if (year < 1990 || year > 2100) {
			throw new MonitoringProblems.Invalid(Map.of("year", "Das Jahr " + year + " liegt außerhalb von 1990–2100."));
		}
		if (value == null) {
			dsl.deleteFrom(TARGET).where(TARGET.INDICATOR_ID.eq(indicatorId), TARGET.YEAR.eq(year)).execute();
			return;
		}
		dsl.insertInto(TARGET).set(TARGET.TENANT_ID, TenantContext.require().value()).set(TARGET.INDICATOR_ID, indicatorId)
			.set(TARGET.YEAR, year).set(TARGET.VALUE, value)
			.onConflict(TARGET.TENANT_ID, TARGET.INDICATOR_ID, TARGET.YEAR).doUpdate().set(TARGET.VALUE, value)
			.execute();
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorProgress> progress(EditionId edition) {
		return progressUntil(edition, Integer.MAX_VALUE);
	}

	/** The progress as it stood at the end of {@code lastYear}: only values of periods up to that year count (the yearly report). */
	@Transactional(readOnly = true)
	List<IndicatorProgress> progressUntil(EditionId edition, int lastYear) {
		requireReader();
		EditionIndicators indicators = structure.of(edition);
		return progress(indicators, currentValues(indicators).stream().filter(measurement -> measurement.period().year() <= lastYear).toList());
	}

	/** The current (not superseded) values of the edition's indicators. */
	public List<Measurement> currentValues(EditionIndicators indicators) {
		return dsl.selectFrom(MEASUREMENT).where(anyOf(MEASUREMENT.INDICATOR_ID, indicators.byId().keySet()), MEASUREMENT.SUPERSEDED_AT.isNull())
			.fetch(JooqMeasurements::toMeasurement);
	}

	/** Progress of the indicators from the given current values and the stored targets. */
	public List<IndicatorProgress> progress(EditionIndicators indicators, List<Measurement> current) {
		var targets = dsl.selectFrom(TARGET).where(anyOf(TARGET.INDICATOR_ID, indicators.byId().keySet())).fetch();
		return ProgressCalculation.of(indicators, current, targets.stream()
			.map(row -> new ProgressCalculation.Target(row.getIndicatorId(), row.getYear(), row.getValue())).toList());
	}

	static Measurement toMeasurement(MeasurementRecord row) {
		return new Measurement(row.getId(), row.getIndicatorId(), Period.parseOrNull(row.getPeriod()), row.getValue(), row.getSource(),
				row.getCollectedOn(), row.getNote(), row.getExample(), Measurement.EntryChannel.valueOf(row.getEnteredVia()),
				row.getEnteredAt().toInstant(), row.getSupersededAt() == null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
