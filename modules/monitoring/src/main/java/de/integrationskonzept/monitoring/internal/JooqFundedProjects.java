package de.integrationskonzept.monitoring.internal;

import static de.integrationskonzept.monitoring.internal.db.Tables.FUNDED_PROJECT;
import static de.integrationskonzept.monitoring.internal.db.Tables.FUNDED_PROJECT_GOAL;
import static de.integrationskonzept.monitoring.internal.db.Tables.PROJECT_EVALUATION;
import static de.integrationskonzept.monitoring.internal.db.Tables.PROJECT_OUTPUT;
import static de.integrationskonzept.platform.persistence.ValueLists.noneOf;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.FundedProject;
import de.integrationskonzept.monitoring.FundedProjects;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.internal.db.tables.records.FundedProjectRecord;
import de.integrationskonzept.monitoring.internal.db.tables.records.ProjectEvaluationRecord;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqFundedProjects implements FundedProjects {

	private final DSLContext dsl;
	private final IndicatorStructure structure;
	private final CurrentAccount currentAccount;

	JooqFundedProjects(DSLContext dsl, IndicatorStructure structure, CurrentAccount currentAccount) {
		this.dsl = dsl;
		this.structure = structure;
		this.currentAccount = currentAccount;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FundedProject> list(EditionId edition) {
		JooqMeasurements.requireReader();
		EditionMeasures measures = structure.measures(edition);
		Map<UUID, Actor> actors = structure.actors();
		return dsl.selectFrom(FUNDED_PROJECT).where(FUNDED_PROJECT.EDITION_ID.eq(edition.value())).orderBy(FUNDED_PROJECT.TITLE)
			.fetch().stream().map(row -> toProject(row, measures, actors)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public FundedProject get(EditionId edition, UUID projectId) {
		JooqMeasurements.requireReader();
		return toProject(require(edition, projectId), structure.measures(edition), structure.actors());
	}

	@Override
	public FundedProject create(EditionId edition, Details details) {
		JooqMeasurements.requireWriter();
		EditionMeasures measures = check(edition, details);
		UUID id = UUID.randomUUID();
		UUID account = currentAccount.id().orElse(null);
		dsl.insertInto(FUNDED_PROJECT).set(FUNDED_PROJECT.TENANT_ID, tenant()).set(FUNDED_PROJECT.ID, id)
			.set(FUNDED_PROJECT.EDITION_ID, edition.value()).set(FUNDED_PROJECT.CREATED_BY, account).set(FUNDED_PROJECT.UPDATED_BY, account)
			.set(FUNDED_PROJECT.TITLE, details.title().strip()).set(FUNDED_PROJECT.CARRIER_ACTOR_ID, details.carrierActorId())
			.set(FUNDED_PROJECT.AMOUNT, details.amount()).set(FUNDED_PROJECT.STARTS_ON, details.startsOn())
			.set(FUNDED_PROJECT.ENDS_ON, details.endsOn()).set(FUNDED_PROJECT.DESCRIPTION, ProjectRules.stripped(details.description())).execute();
		storeGoals(id, details.goalIds());
		return toProject(require(edition, id), measures, structure.actors());
	}

	@Override
	public FundedProject update(EditionId edition, UUID projectId, Details details) {
		JooqMeasurements.requireWriter();
		require(edition, projectId);
		EditionMeasures measures = check(edition, details);
		dsl.update(FUNDED_PROJECT).set(FUNDED_PROJECT.TITLE, details.title().strip()).set(FUNDED_PROJECT.CARRIER_ACTOR_ID, details.carrierActorId())
			.set(FUNDED_PROJECT.AMOUNT, details.amount()).set(FUNDED_PROJECT.STARTS_ON, details.startsOn())
			.set(FUNDED_PROJECT.ENDS_ON, details.endsOn()).set(FUNDED_PROJECT.DESCRIPTION, ProjectRules.stripped(details.description()))
			.set(FUNDED_PROJECT.UPDATED_BY, currentAccount.id().orElse(null)).set(FUNDED_PROJECT.UPDATED_AT, OffsetDateTime.now())
			.where(FUNDED_PROJECT.ID.eq(projectId)).execute();
		// Goals no longer claimed go, and their evaluations with them (cascade); goals kept keep theirs.
		dsl.deleteFrom(FUNDED_PROJECT_GOAL).where(FUNDED_PROJECT_GOAL.PROJECT_ID.eq(projectId),
				noneOf(FUNDED_PROJECT_GOAL.GOAL_ID, details.goalIds())).execute();
		storeGoals(projectId, details.goalIds());
		return toProject(require(edition, projectId), measures, structure.actors());
	}

	@Override
	public FundedProject.Output addOutput(EditionId edition, UUID projectId, int year, String text, BigDecimal value, String unit) {
		JooqMeasurements.requireWriter();
		require(edition, projectId);
		Map<String, String> problems = ProjectRules.checkOutput(year, text, value, unit);
		if (!problems.isEmpty()) {
			throw new MonitoringProblems.Invalid(problems);
		}
		UUID id = UUID.randomUUID();
		dsl.insertInto(PROJECT_OUTPUT).set(PROJECT_OUTPUT.TENANT_ID, tenant()).set(PROJECT_OUTPUT.ID, id).set(PROJECT_OUTPUT.PROJECT_ID, projectId)
			.set(PROJECT_OUTPUT.YEAR, year).set(PROJECT_OUTPUT.TEXT, text.strip()).set(PROJECT_OUTPUT.VALUE, value)
			.set(PROJECT_OUTPUT.UNIT, ProjectRules.stripped(unit)).set(PROJECT_OUTPUT.CREATED_BY, currentAccount.id().orElse(null)).execute();
		return new FundedProject.Output(id, year, text.strip(), value, ProjectRules.stripped(unit));
	}

	@Override
	public FundedProject.Evaluation evaluate(EditionId edition, UUID projectId, UUID goalId, int rating, String text) {
		JooqMeasurements.requireWriter();
		require(edition, projectId);
		Map<String, String> problems = ProjectRules.checkEvaluation(rating, text, goalId, goalsOf(projectId));
		if (!problems.isEmpty()) {
			throw new MonitoringProblems.Invalid(problems);
		}
		// Serialise evaluators of one project and goal, so two evaluations cannot both become current.
		dsl.fetch("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", "evaluation:" + tenant() + ":" + projectId + ":" + goalId);
		OffsetDateTime now = OffsetDateTime.now();
		dsl.update(PROJECT_EVALUATION).set(PROJECT_EVALUATION.SUPERSEDED_AT, now).where(PROJECT_EVALUATION.PROJECT_ID.eq(projectId),
				PROJECT_EVALUATION.GOAL_ID.eq(goalId), PROJECT_EVALUATION.SUPERSEDED_AT.isNull()).execute();
		UUID id = UUID.randomUUID();
		dsl.insertInto(PROJECT_EVALUATION).set(PROJECT_EVALUATION.TENANT_ID, tenant()).set(PROJECT_EVALUATION.ID, id)
			.set(PROJECT_EVALUATION.PROJECT_ID, projectId).set(PROJECT_EVALUATION.GOAL_ID, goalId).set(PROJECT_EVALUATION.RATING, rating)
			.set(PROJECT_EVALUATION.TEXT, text.strip()).set(PROJECT_EVALUATION.EVALUATED_BY, currentAccount.id().orElse(null))
			.set(PROJECT_EVALUATION.EVALUATED_AT, now).execute();
		return toEvaluation(dsl.selectFrom(PROJECT_EVALUATION).where(PROJECT_EVALUATION.ID.eq(id)).fetchSingle(), structure.measures(edition));
	}

	@Override
	@Transactional(readOnly = true)
	public List<FundedProject.Evaluation> evaluationHistory(EditionId edition, UUID projectId) {
		JooqMeasurements.requireReader();
		require(edition, projectId);
		EditionMeasures measures = structure.measures(edition);
		return dsl.selectFrom(PROJECT_EVALUATION).where(PROJECT_EVALUATION.PROJECT_ID.eq(projectId))
			.orderBy(PROJECT_EVALUATION.EVALUATED_AT, PROJECT_EVALUATION.ID).fetch(row -> toEvaluation(row, measures));
	}

	/** Checks the details against the edition's goals and the tenant's actors; every problem at once, nothing stored. */
	private EditionMeasures check(EditionId edition, Details details) {
		EditionMeasures measures = structure.measures(edition);
		Map<String, String> problems = ProjectRules.check(details, structure.actors().keySet(), measures.goals().keySet());
		if (!problems.isEmpty()) {
			throw new MonitoringProblems.Invalid(problems);
		}
		return measures;
	}

	private FundedProjectRecord require(EditionId edition, UUID projectId) {
		FundedProjectRecord row = dsl.selectFrom(FUNDED_PROJECT).where(FUNDED_PROJECT.ID.eq(projectId),
				FUNDED_PROJECT.EDITION_ID.eq(edition.value())).fetchOne();
		if (row == null) {
			throw new MonitoringProblems.ProjectNotFound(projectId);
		}
		return row;
	}

	private void storeGoals(UUID projectId, List<UUID> goalIds) {
		goalIds.stream().distinct().forEach(goal -> dsl.insertInto(FUNDED_PROJECT_GOAL).set(FUNDED_PROJECT_GOAL.TENANT_ID, tenant())
			.set(FUNDED_PROJECT_GOAL.PROJECT_ID, projectId).set(FUNDED_PROJECT_GOAL.GOAL_ID, goal).onConflictDoNothing().execute());
	}

	private List<UUID> goalsOf(UUID projectId) {
		return dsl.select(FUNDED_PROJECT_GOAL.GOAL_ID).from(FUNDED_PROJECT_GOAL).where(FUNDED_PROJECT_GOAL.PROJECT_ID.eq(projectId))
			.fetch(FUNDED_PROJECT_GOAL.GOAL_ID);
	}

	private FundedProject toProject(FundedProjectRecord row, EditionMeasures measures, Map<UUID, Actor> actors) {
		List<UUID> goals = goalsOf(row.getId()).stream().sorted(Comparator.comparingInt(goal -> orderOf(measures, goal))).toList();
		List<FundedProject.Output> outputs = dsl.selectFrom(PROJECT_OUTPUT).where(PROJECT_OUTPUT.PROJECT_ID.eq(row.getId()))
			.orderBy(PROJECT_OUTPUT.YEAR, PROJECT_OUTPUT.CREATED_AT)
			.fetch(output -> new FundedProject.Output(output.getId(), output.getYear(), output.getText(), output.getValue(), output.getUnit()));
		List<FundedProject.Evaluation> evaluations = dsl.selectFrom(PROJECT_EVALUATION).where(PROJECT_EVALUATION.PROJECT_ID.eq(row.getId()),
				PROJECT_EVALUATION.SUPERSEDED_AT.isNull()).fetch(evaluation -> toEvaluation(evaluation, measures)).stream()
			.sorted(Comparator.comparingInt(evaluation -> orderOf(measures, evaluation.goalId()))).toList();
		Actor carrier = actors.get(row.getCarrierActorId());
		return new FundedProject(row.getId(), row.getTitle(), row.getCarrierActorId(), carrier == null ? null : carrier.name(), row.getAmount(),
				row.getStartsOn(), row.getEndsOn(), row.getDescription(), goals, outputs, evaluations);
	}

	private static FundedProject.Evaluation toEvaluation(ProjectEvaluationRecord row, EditionMeasures measures) {
		EditionMeasures.Located goal = measures.goals().get(row.getGoalId());
		return new FundedProject.Evaluation(row.getId(), row.getGoalId(), goal == null ? null : goal.goal().title().german(), row.getRating(),
				row.getText(), row.getEvaluatedBy(), row.getEvaluatedAt().toInstant(), row.getSupersededAt() == null);
	}

	/** Position of a goal in the concept, so goals list in the concept's order. */
	private static int orderOf(EditionMeasures measures, UUID goal) {
		int index = List.copyOf(measures.goals().keySet()).indexOf(goal);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	private static UUID tenant() {
		return TenantContext.require().value();
	}
}
