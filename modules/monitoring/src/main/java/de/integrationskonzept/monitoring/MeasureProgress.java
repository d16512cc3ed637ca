package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition.MeasureStatus;

/**
 * Where a measure (Maßnahme) of a concept edition stands: status, percent complete, weight for the
 * roll-up, note, and its milestones in timeline order. Without any change recorded in monitoring,
 * the status is the edition's and the percent that status's default ({@code changedAt} is null).
 * @param percentOverridden true when an editor set the percent instead of the status default
 * @param weight            null for the default weight 1
 * @param fieldNames        the Handlungsfelder of the goals the measure serves (German)
 */
public record MeasureProgress(UUID measureId, String title, MeasureStatus status, int percent, boolean percentOverridden,
		BigDecimal weight, String note, List<UUID> goalIds, List<String> fieldNames, Instant changedAt, List<Milestone> milestones) {

	public MeasureProgress {
		goalIds = List.copyOf(goalIds);
		fieldNames = List.copyOf(fieldNames);
		milestones = List.copyOf(milestones);
	}

	/**
	 * The default percent of a status: GEPLANT 0, LAUFEND 50, ABGESCHLOSSEN 100; AUSGESETZT keeps the
	 * percent reached so far ({@code previous}).
	 */
	public static int defaultPercent(MeasureStatus status, int previous) {
		return switch (status) {
			case GEPLANT -> 0;
			case LAUFEND -> 50;
			case ABGESCHLOSSEN -> 100;
			case AUSGESETZT -> previous;
		};
	}

	/** A step of a measure; the timeline orders by the date done, else the due date. */
	public record Milestone(UUID id, String title, LocalDate dueOn, LocalDate doneOn) {
	}

	/**
	 * One recorded state; {@code current} is false once a later change superseded it.
	 * @param changedBy the account that made the change, null if deleted (or a machine client)
	 */
	public record Change(UUID id, MeasureStatus status, int percent, boolean percentOverridden, BigDecimal weight, String note,
			UUID changedBy, String changedVia, Instant changedAt, boolean current) {
	}

	/**
	 * Progress of a goal or Handlungsfeld: the weighted mean of its measures' percents (rule in the
	 * module README); {@code percent} is null when no measure serves it.
	 */
	public record Rollup(UUID id, String name, String fieldName, BigDecimal percent, int measures) {
	}

	/** The measures of an edition with their progress, and the roll-ups per goal and per field in the order of the concept. */
	public record Overview(List<MeasureProgress> measures, List<Rollup> goals, List<Rollup> fields) {

		public Overview {
			measures = List.copyOf(measures);
			goals = List.copyOf(goals);
			fields = List.copyOf(fields);
		}
	}
}
