package de.integrationskonzept.monitoring.internal;

import static de.integrationskonzept.monitoring.internal.db.Tables.MEASUREMENT;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.FundedProject;
import de.integrationskonzept.monitoring.FundedProjects;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Gathers what a yearly report says from the module's services, as it stood at the end of the report's year (German
 * time): indicator progress from values of periods up to that year, measures as last changed before its end, the
 * projects running in the year, and the same for the year before. Callers have checked the reader's access.
 */
@Component
class ReportGeneration {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final JooqMeasurements measurements;
	private final JooqMeasureProgresses measureProgresses;
	private final FundedProjects projects;
	private final IndicatorStructure structure;
	private final Tenants tenants;
	private final DSLContext dsl;

	ReportGeneration(JooqMeasurements measurements, JooqMeasureProgresses measureProgresses, FundedProjects projects, IndicatorStructure structure,
			Tenants tenants, DSLContext dsl) {
		this.measurements = measurements;
		this.measureProgresses = measureProgresses;
		this.projects = projects;
		this.structure = structure;
		this.tenants = tenants;
		this.dsl = dsl;
	}

	ReportData generate(EditionId edition, int year, Map<String, String> comments, boolean frozen) {
		EditionMeasures measures = structure.measures(edition);
		EditionIndicators indicators = structure.of(edition);
		List<ReportData.Field> fields = measures.fields().values().stream().map(field -> new ReportData.Field(field.field().id(),
				field.field().name().german(), field.goalIds(), field.goalIds().stream().map(id -> measures.goals().get(id).goal().title().german()).toList()))
			.toList();
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		List<FundedProject> running = projects.list(edition).stream()
			.filter(project -> !project.startsOn().isAfter(last) && !project.endsOn().isBefore(first)).toList();
		return new ReportData(tenants.current().name(), structure.title(edition), year, Instant.now(), frozen, comments, fields,
				measurements.progressUntil(edition, year), measurements.progressUntil(edition, year - 1),
				measureProgresses.overviewBefore(edition, startOf(year + 1)), measureProgresses.overviewBefore(edition, startOf(year)), running,
				enteredIn(indicators, year));
	}

	private List<ReportData.Entry> enteredIn(EditionIndicators indicators, int year) {
		Map<UUID, EditionIndicators.Located> byId = indicators.byId();
		return dsl.selectFrom(MEASUREMENT).where(anyOf(MEASUREMENT.INDICATOR_ID, byId.keySet()), MEASUREMENT.ENTERED_AT.ge(startOf(year)),
				MEASUREMENT.ENTERED_AT.lt(startOf(year + 1))).orderBy(MEASUREMENT.ENTERED_AT, MEASUREMENT.ID).fetch(JooqMeasurements::toMeasurement)
			.stream().map(measurement -> {
				EditionIndicators.Located located = byId.get(measurement.indicatorId());
				return located == null ? null : new ReportData.Entry(located.indicator().name().german(), located.field().name().german(),
						located.indicator().unit(), measurement);
			}).filter(Objects::nonNull).toList();
	}

	static OffsetDateTime startOf(int year) {
		return LocalDate.of(year, 1, 1).atStartOfDay(BERLIN).toOffsetDateTime();
	}
}
