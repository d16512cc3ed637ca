package de.integrationskonzept.monitoring.internal;

import static de.integrationskonzept.monitoring.internal.db.Tables.VALUE_RELEASE;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.MeasureProgress;
import de.integrationskonzept.monitoring.MeasureProgresses;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.MonitoringEvents;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.PublishedMonitoring;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Releases stored in {@code monitoring.value_release}: the public part of an edition's monitoring, computed with
 * the same rules as the staff pages at the moment of release and kept as a JSON snapshot, so nothing entered later
 * (a new value, a correction, a changed target or measure state) reaches the public before the next release.
 */
@Service
@Transactional
class JooqPublishedMonitoring implements PublishedMonitoring {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What the JSON column holds; the release's edition, time and author are columns of their own. */
	record Snapshot(List<Indicator> indicators, List<Measure> measures, List<Rollup> goals, List<Rollup> fields) {
	}

	private final DSLContext dsl;
	private final JooqMeasurements measurements;
	private final MeasureProgresses measureProgresses;
	private final IndicatorStructure structure;
	private final CurrentAccount currentAccount;
	private final ApplicationEventPublisher events;

	JooqPublishedMonitoring(DSLContext dsl, JooqMeasurements measurements, MeasureProgresses measureProgresses, IndicatorStructure structure,
			CurrentAccount currentAccount, ApplicationEventPublisher events) {
		this.dsl = dsl;
		this.measurements = measurements;
		this.measureProgresses = measureProgresses;
		this.structure = structure;
		this.currentAccount = currentAccount;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Release> released(EditionId edition) {
		TenantContext.require();
		return dsl.selectFrom(VALUE_RELEASE).where(VALUE_RELEASE.EDITION_ID.eq(edition.value())).fetchOptional()
			.map(row -> {
				Snapshot snapshot = JSON.readValue(row.getSnapshot().data(), Snapshot.class);
				return new Release(edition, row.getReleasedAt().toInstant(), row.getReleasedBy(), snapshot.indicators(),
						snapshot.measures(), snapshot.goals(), snapshot.fields());
			});
	}

	@Override
	public Release release(EditionId edition) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		JooqMeasurements.requireReader();
		if (!structure.edition(edition).status().isPublished()) {
			throw new MonitoringProblems.NotPublished(edition);
		}
		Snapshot snapshot = snapshotOf(edition);
		OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
		UUID by = currentAccount.id().orElse(null);
		JSONB json = JSONB.valueOf(JSON.writeValueAsString(snapshot));
		dsl.insertInto(VALUE_RELEASE)
			.set(VALUE_RELEASE.TENANT_ID, TenantContext.require().value())
			.set(VALUE_RELEASE.EDITION_ID, edition.value())
			.set(VALUE_RELEASE.RELEASED_AT, now)
			.set(VALUE_RELEASE.RELEASED_BY, by)
			.set(VALUE_RELEASE.SNAPSHOT, json)
			.onConflict(VALUE_RELEASE.TENANT_ID, VALUE_RELEASE.EDITION_ID).doUpdate()
			.set(VALUE_RELEASE.RELEASED_AT, now)
			.set(VALUE_RELEASE.RELEASED_BY, by)
			.set(VALUE_RELEASE.SNAPSHOT, json)
			.execute();
		events.publishEvent(new MonitoringEvents.ValuesReleased(TenantContext.require(), edition, true));
		return new Release(edition, now.toInstant(), by, snapshot.indicators(), snapshot.measures(), snapshot.goals(), snapshot.fields());
	}

	@Override
	public boolean withdraw(EditionId edition) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		boolean withdrawn = dsl.deleteFrom(VALUE_RELEASE).where(VALUE_RELEASE.EDITION_ID.eq(edition.value())).execute() > 0;
		if (withdrawn) {
			events.publishEvent(new MonitoringEvents.ValuesReleased(TenantContext.require(), edition, false));
		}
		return withdrawn;
	}

	/** The values as the staff pages show them now, reduced to what the public may see. */
	private Snapshot snapshotOf(EditionId edition) {
		EditionIndicators located = structure.of(edition);
		// One read of the current values for both the progress and the values with their sources.
		List<Measurement> current = measurements.currentValues(located);
		Map<UUID, List<Value>> values = current.stream().sorted(Comparator.comparing(Measurement::period))
			.collect(Collectors.groupingBy(Measurement::indicatorId, Collectors.mapping(
					m -> new Value(m.period(), m.value(), m.source(), m.example()), Collectors.toList())));
		List<Indicator> indicators = measurements.progress(located, current).stream()
			.map(progress -> indicator(progress, located.require(progress.indicatorId()).field().id(),
					values.getOrDefault(progress.indicatorId(), List.of()))).toList();
		MeasureProgress.Overview overview = measureProgresses.overview(edition);
		List<Measure> measures = overview.measures().stream().map(m -> new Measure(m.measureId(), m.status(), m.percent())).toList();
		return new Snapshot(indicators, measures, rollups(overview.goals()), rollups(overview.fields()));
	}

	private static Indicator indicator(IndicatorProgress progress, UUID fieldId, List<Value> values) {
		Measurement latest = progress.latest();
		return new Indicator(progress.indicatorId(), progress.goalId(), fieldId, progress.unit(), progress.catalogueCode(),
				latest == null ? null : latest.period(), latest == null ? null : latest.value(), latest == null ? null : latest.source(),
				latest != null && latest.example(), progress.expectedForLatest(), progress.status(), progress.trend(), progress.series(), values);
	}

	private static List<Rollup> rollups(List<MeasureProgress.Rollup> rollups) {
		return rollups.stream().map(rollup -> new Rollup(rollup.id(), rollup.percent(), rollup.measures())).toList();
	}
}
