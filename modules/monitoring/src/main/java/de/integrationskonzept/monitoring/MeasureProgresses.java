package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.Edition.MeasureStatus;

/**
 * Progress of the current tenant's measures, kept by monitoring next to the concept edition
 * (which it never changes). Reading needs {@code CONTRIBUTOR} or the client scope
 * {@code monitoring.read}; writing needs {@code EDITOR} or {@code monitoring.write}.
 * <p>
 * Percent rule: a change that gives no percent takes the new status's default
 * ({@link MeasureProgress#defaultPercent}) when the status changes, and keeps the current percent
 * when it does not. Every change is kept as history; a change to the same state stores nothing.
 */
public interface MeasureProgresses {

	/** Every measure of the edition with its progress, and the roll-ups per goal and per field. */
	MeasureProgress.Overview overview(EditionId edition);

	/**
	 * Sets status, percent (null: by the rule above), weight (null: default 1) and note of a measure.
	 * @throws MonitoringProblems.MeasureNotFound if the edition has no such measure
	 */
	MeasureProgress update(EditionId edition, UUID measureId, Update update);

	/**
	 * Sets the status of several measures at once, all or nothing: one unknown id and nothing changes.
	 * Weights and notes stay; percents follow the rule above.
	 */
	List<MeasureProgress> changeStatus(EditionId edition, List<UUID> measureIds, MeasureStatus status, String via);

	/** Every recorded state of the measure, oldest first. */
	List<MeasureProgress.Change> history(EditionId edition, UUID measureId);

	/** Adds a milestone to a measure. */
	MeasureProgress.Milestone addMilestone(EditionId edition, UUID measureId, String title, LocalDate dueOn, LocalDate doneOn);

	/** Changes a milestone (e.g. marks it done). */
	MeasureProgress.Milestone updateMilestone(EditionId edition, UUID measureId, UUID milestoneId, String title, LocalDate dueOn, LocalDate doneOn);

	/**
	 * @param via {@code FORM} or {@code API}
	 */
	record Update(MeasureStatus status, Integer percent, BigDecimal weight, String note, String via) {
	}
}
