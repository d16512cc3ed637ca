package de.integrationskonzept.monitoring.internal;

import static de.integrationskonzept.monitoring.internal.db.Tables.MEASURE_PROGRESS;
import static de.integrationskonzept.monitoring.internal.db.Tables.MILESTONE;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.MeasureProgress;
import de.integrationskonzept.monitoring.MeasureProgresses;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.internal.db.tables.records.MeasureProgressRecord;
import de.integrationskonzept.monitoring.internal.db.tables.records.MilestoneRecord;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqMeasureProgresses implements MeasureProgresses {

	private final DSLContext dsl;
	private final IndicatorStructure structure;
	private final CurrentAccount currentAccount;

	JooqMeasureProgresses(DSLContext dsl, IndicatorStructure structure, CurrentAccount currentAccount) {
		this.dsl = dsl;
		this.structure = structure;
		this.currentAccount = currentAccount;
	}

	@Override
	@Transactional(readOnly = true)
	public MeasureProgress.Overview overview(EditionId edition) {
		JooqMeasurements.requireReader();
		EditionMeasures measures = structure.measures(edition);
		Map<UUID, MeasureProgressRecord> current = currentOf(measures.byId().keySet());
		Map<UUID, List<MeasureProgress.Milestone>> milestones = milestonesOf(measures.byId().keySet());
		List<MeasureProgress> progress = measures.byId().values().stream()
			.map(measure -> toProgress(measures, measure, current.get(measure.id()), milestones.getOrDefault(measure.id(), List.of()))).toList();
		return MeasureRollups.overview(measures, progress);
	}

	/**
	 * The measures and roll-ups as they stood just before {@code end} (the last change recorded before it counts, also if
	 * superseded since), for the yearly report; milestones as they are now.
	 */
	@Transactional(readOnly = true)
	MeasureProgress.Overview overviewBefore(EditionId edition, OffsetDateTime end) {
		JooqMeasurements.requireReader();
		EditionMeasures measures = structure.measures(edition);
		Map<UUID, MeasureProgressRecord> then = dsl.selectFrom(MEASURE_PROGRESS)
			.where(anyOf(MEASURE_PROGRESS.MEASURE_ID, measures.byId().keySet()), MEASURE_PROGRESS.CHANGED_AT.lt(end))
			.orderBy(MEASURE_PROGRESS.CHANGED_AT, MEASURE_PROGRESS.ID).fetch().stream()
			.collect(Collectors.toMap(MeasureProgressRecord::getMeasureId, row -> row, (earlier, later) -> later));
		Map<UUID, List<MeasureProgress.Milestone>> milestones = milestonesOf(measures.byId().keySet());
		List<MeasureProgress> progress = measures.byId().values().stream()
			.map(measure -> toProgress(measures, measure, then.get(measure.id()), milestones.getOrDefault(measure.id(), List.of()))).toList();
		return MeasureRollups.overview(measures, progress);
	}

	@Override
	public MeasureProgress update(EditionId edition, UUID measureId, Update update) {
		JooqMeasurements.requireWriter();
		Map<String, String> problems = MeasureState.check(update.status(), update.percent(), update.weight(), update.note());
		if (!problems.isEmpty()) {
			throw new MonitoringProblems.Invalid(problems);
		}
		EditionMeasures measures = structure.measures(edition);
		Edition.Measure measure = measures.require(measureId);
		lock(measureId);
		MeasureProgressRecord row = currentOf(List.of(measureId)).get(measureId);
		store(measureId, row, stateOf(measure, row).then(update.status(), update.percent(), update.weight(), update.note()),
				update.via() == null ? "API" : update.via());
		return progressOf(measures, measure);
	}

	@Override
	public List<MeasureProgress> changeStatus(EditionId edition, List<UUID> measureIds, MeasureStatus status, String via) {
		JooqMeasurements.requireWriter();
		if (status == null || measureIds == null || measureIds.isEmpty()) {
			throw new MonitoringProblems.Invalid(status == null ? Map.of("status", "Bitte wählen Sie den neuen Status.")
					: Map.of("measureIds", "Bitte wählen Sie mindestens eine Maßnahme."));
		}
		EditionMeasures measures = structure.measures(edition);
		LinkedHashSet<UUID> ids = new LinkedHashSet<>(measureIds);
		List<String> unknown = ids.stream().filter(id -> id == null || !measures.byId().containsKey(id)).map(String::valueOf).toList();
		if (!unknown.isEmpty()) {
			// Checked before anything is written, so one unknown id changes nothing.
			throw new MonitoringProblems.Invalid(Map.of("measureIds", "Unbekannte Maßnahmen: " + String.join(", ", unknown)
					+ ". Es wurde nichts geändert."));
		}
		List<MeasureProgress> changed = new ArrayList<>();
		for (UUID id : ids) {
			Edition.Measure measure = measures.byId().get(id);
			lock(id);
			MeasureProgressRecord row = currentOf(List.of(id)).get(id);
			MeasureState state = stateOf(measure, row);
			store(id, row, state.then(status, null, state.weight(), state.note()), via);
			changed.add(progressOf(measures, measure));
		}
		return changed;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MeasureProgress.Change> history(EditionId edition, UUID measureId) {
		JooqMeasurements.requireReader();
		structure.measures(edition).require(measureId);
		return dsl.selectFrom(MEASURE_PROGRESS).where(MEASURE_PROGRESS.MEASURE_ID.eq(measureId))
			.orderBy(MEASURE_PROGRESS.CHANGED_AT, MEASURE_PROGRESS.ID).fetch(row -> new MeasureProgress.Change(row.getId(),
					MeasureStatus.valueOf(row.getStatus()), row.getPercent(), row.getPercentOverridden(), row.getWeight(), row.getNote(),
					row.getChangedBy(), row.getChangedVia(), row.getChangedAt().toInstant(), row.getSupersededAt() == null));
	}

	@Override
	public MeasureProgress.Milestone addMilestone(EditionId edition, UUID measureId, String title, LocalDate dueOn, LocalDate doneOn) {
		JooqMeasurements.requireWriter();
		checkMilestone(title, dueOn, doneOn);
		structure.measures(edition).require(measureId);
		UUID id = UUID.randomUUID();
		dsl.insertInto(MILESTONE).set(MILESTONE.TENANT_ID, TenantContext.require().value()).set(MILESTONE.ID, id)
			.set(MILESTONE.MEASURE_ID, measureId).set(MILESTONE.TITLE, title.strip()).set(MILESTONE.DUE_ON, dueOn)
			.set(MILESTONE.DONE_ON, doneOn).set(MILESTONE.CREATED_BY, currentAccount.id().orElse(null)).execute();
		return new MeasureProgress.Milestone(id, title.strip(), dueOn, doneOn);
	}

	@Override
	public MeasureProgress.Milestone updateMilestone(EditionId edition, UUID measureId, UUID milestoneId, String title, LocalDate dueOn,
			LocalDate doneOn) {
		JooqMeasurements.requireWriter();
		checkMilestone(title, dueOn, doneOn);
		structure.measures(edition).require(measureId);
		int updated = dsl.update(MILESTONE).set(MILESTONE.TITLE, title.strip()).set(MILESTONE.DUE_ON, dueOn).set(MILESTONE.DONE_ON, doneOn)
			.where(MILESTONE.ID.eq(milestoneId), MILESTONE.MEASURE_ID.eq(measureId)).execute();
		if (updated == 0) {
			throw new MonitoringProblems.MilestoneNotFound(milestoneId);
		}
		return new MeasureProgress.Milestone(milestoneId, title.strip(), dueOn, doneOn);
	}

	/** The current recorded state of each measure named (measures without one are missing from the map). */
	Map<UUID, MeasureProgressRecord> currentOf(Collection<UUID> measureIds) {
		return dsl.selectFrom(MEASURE_PROGRESS).where(anyOf(MEASURE_PROGRESS.MEASURE_ID, measureIds), MEASURE_PROGRESS.SUPERSEDED_AT.isNull())
			.fetchMap(MEASURE_PROGRESS.MEASURE_ID);
	}

	static MeasureState stateOf(Edition.Measure measure, MeasureProgressRecord row) {
		return row == null ? MeasureState.initial(measure.status()) : new MeasureState(MeasureStatus.valueOf(row.getStatus()),
				row.getPercent(), row.getPercentOverridden(), row.getWeight(), row.getNote());
	}

	/** Serialises writers of one measure, so two changes cannot both become current. */
	void lock(UUID measureId) {
		dsl.fetch("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", "measure:" + TenantContext.require().value() + ":" + measureId);
	}

	/** Records the new state, superseding the current one; a state equal to the current one stores nothing. */
	void store(UUID measureId, MeasureProgressRecord current, MeasureState next, String via) {
		MeasureState before = current == null ? null : new MeasureState(MeasureStatus.valueOf(current.getStatus()), current.getPercent(),
				current.getPercentOverridden(), current.getWeight(), current.getNote());
		if (before != null && before.sameAs(next)) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.now();
		if (current != null) {
			dsl.update(MEASURE_PROGRESS).set(MEASURE_PROGRESS.SUPERSEDED_AT, now).where(MEASURE_PROGRESS.ID.eq(current.getId())).execute();
		}
		dsl.insertInto(MEASURE_PROGRESS).set(MEASURE_PROGRESS.TENANT_ID, TenantContext.require().value())
			.set(MEASURE_PROGRESS.ID, UUID.randomUUID()).set(MEASURE_PROGRESS.MEASURE_ID, measureId)
			.set(MEASURE_PROGRESS.STATUS, next.status().name()).set(MEASURE_PROGRESS.PERCENT, next.percent())
			.set(MEASURE_PROGRESS.PERCENT_OVERRIDDEN, next.percentOverridden()).set(MEASURE_PROGRESS.WEIGHT, next.weight())
			.set(MEASURE_PROGRESS.NOTE, next.note()).set(MEASURE_PROGRESS.CHANGED_BY, currentAccount.id().orElse(null))
			.set(MEASURE_PROGRESS.CHANGED_VIA, via).set(MEASURE_PROGRESS.CHANGED_AT, now).execute();
	}

	private MeasureProgress progressOf(EditionMeasures measures, Edition.Measure measure) {
		return toProgress(measures, measure, currentOf(List.of(measure.id())).get(measure.id()),
				milestonesOf(List.of(measure.id())).getOrDefault(measure.id(), List.of()));
	}

	private static MeasureProgress toProgress(EditionMeasures measures, Edition.Measure measure, MeasureProgressRecord row,
			List<MeasureProgress.Milestone> milestones) {
		MeasureState state = stateOf(measure, row);
		return new MeasureProgress(measure.id(), measure.title().german(), state.status(), state.percent(), state.percentOverridden(),
				state.weight(), state.note(), measure.goals(), measures.fieldNamesOf(measure),
				row == null ? null : row.getChangedAt().toInstant(), milestones);
	}

	/** Milestones per measure in timeline order: by the date done, else the due date, then title. */
	private Map<UUID, List<MeasureProgress.Milestone>> milestonesOf(Collection<UUID> measureIds) {
		return dsl.selectFrom(MILESTONE).where(anyOf(MILESTONE.MEASURE_ID, measureIds)).fetch().stream()
			.sorted(Comparator.comparing((MilestoneRecord row) -> row.getDoneOn() == null ? row.getDueOn() : row.getDoneOn())
				.thenComparing(MilestoneRecord::getTitle))
			.collect(Collectors.groupingBy(MilestoneRecord::getMeasureId, LinkedHashMap::new, Collectors.mapping(
					row -> new MeasureProgress.Milestone(row.getId(), row.getTitle(), row.getDueOn(), row.getDoneOn()), Collectors.toList())));
	}

	private static void checkMilestone(String title, LocalDate dueOn, LocalDate doneOn) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (title == null || title.isBlank() || title.strip().length() > 300) {
			problems.put("title", "Bitte geben Sie dem Meilenstein einen Titel (höchstens 300 Zeichen).");
		}
		if (dueOn == null) {
			problems.put("dueOn", "Bitte geben Sie an, bis wann der Meilenstein erreicht sein soll.");
		}
		if (doneOn != null && doneOn.isAfter(LocalDate.now().plusDays(1))) {
			problems.put("doneOn", "Das Erledigt-Datum liegt in der Zukunft.");
		}
		if (!problems.isEmpty()) {
			throw new MonitoringProblems.Invalid(problems);
		}
	}
}
