package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.integrationskonzept.concepts.EditionId;

/**
 * The current tenant's funded projects (Förderprojekte) per concept edition, their reported outputs
 * and their evaluation against the goals they claim. Reading needs {@code CONTRIBUTOR} or the client
 * scope {@code monitoring.read}; writing needs {@code EDITOR} or {@code monitoring.write}.
 * Every refusal stores nothing; invalid input is refused with every problem at once
 * ({@link MonitoringProblems.Invalid}), including an unknown carrier or goal.
 */
public interface FundedProjects {

	/** The edition's projects, by title. */
	List<FundedProject> list(EditionId edition);

	/** One project. @throws MonitoringProblems.ProjectNotFound if the edition has no such project */
	FundedProject get(EditionId edition, UUID projectId);

	FundedProject create(EditionId edition, Details details);

	/**
	 * Replaces the details; evaluations of goals no longer claimed are removed with them.
	 * @throws MonitoringProblems.ProjectNotFound if the edition has no such project
	 */
	FundedProject update(EditionId edition, UUID projectId, Details details);

	/** Adds a reported output for a year. */
	FundedProject.Output addOutput(EditionId edition, UUID projectId, int year, String text, BigDecimal value, String unit);

	/**
	 * Evaluates the project against one goal it claims (rating 1–5 and text); a new evaluation of the
	 * same goal supersedes the current one, which stays in the history with who and when.
	 */
	FundedProject.Evaluation evaluate(EditionId edition, UUID projectId, UUID goalId, int rating, String text);

	/** Every evaluation of the project, also superseded ones, oldest first. */
	List<FundedProject.Evaluation> evaluationHistory(EditionId edition, UUID projectId);

	/** What an editor enters about a project; amount in EUR. */
	record Details(String title, UUID carrierActorId, BigDecimal amount, LocalDate startsOn, LocalDate endsOn, List<UUID> goalIds,
			String description) {
	}
}
