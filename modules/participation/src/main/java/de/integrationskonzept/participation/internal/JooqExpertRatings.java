package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.EXPERT;
import static de.integrationskonzept.participation.internal.db.Tables.EXPERT_CIRCLE;
import static de.integrationskonzept.participation.internal.db.Tables.EXPERT_GOAL;
import static de.integrationskonzept.participation.internal.db.Tables.RATING;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.participation.ExpertRatings;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.participation.internal.db.tables.records.RatingRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.TenantPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqExpertRatings implements ExpertRatings {

	private final DSLContext dsl;
	private final ParticipationProcesses processes;
	private final ConceptEditions editions;
	private final TenantPeople people;
	private final CurrentAccount currentAccount;
	private final Closings closings;

	JooqExpertRatings(DSLContext dsl, ParticipationProcesses processes, ConceptEditions editions, TenantPeople people,
			CurrentAccount currentAccount, Closings closings) {
		this.dsl = dsl;
		this.processes = processes;
		this.editions = editions;
		this.people = people;
		this.currentAccount = currentAccount;
		this.closings = closings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Circle> circles(UUID processId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		Edition edition = editions.get(processes.get(processId).editionId());
		Map<UUID, List<UUID>> experts = dsl.select(EXPERT.FIELD_ID, EXPERT.ACCOUNT_ID).from(EXPERT).where(EXPERT.PROCESS_ID.eq(processId))
			.orderBy(EXPERT.INVITED_AT).fetchGroups(EXPERT.FIELD_ID, EXPERT.ACCOUNT_ID);
		Map<UUID, String> emails = MemberEmails.of(people, experts.values().stream().flatMap(List::stream).distinct().toList());
		return edition.fields().stream().map(field -> {
			Map<UUID, String> circle = new LinkedHashMap<>();
			experts.getOrDefault(field.id(), List.of()).forEach(account -> circle.put(account, emails.get(account)));
			return new Circle(field.id(), field.name().german(), EditionGoals.of(field).size(), circle);
		}).toList();
	}

	@Override
	public void invite(UUID processId, UUID fieldId, String emailOrAccountId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		ParticipationProcess process = processes.get(processId);
		PhaseWindows.requireNotEnded(process, PhaseKind.EXPERTENBEWERTUNG, ParticipationProcess.today());
		Edition.Field field = EditionGoals.field(editions.get(process.editionId()), fieldId).orElseThrow(() -> new ParticipationProblems.Invalid(
				Map.of("fieldId", "Dieses Handlungsfeld gibt es in der Ausgabe des Verfahrens nicht.")));
		UUID account = people.byEmailOrId(emailOrAccountId).map(TenantPeople.Person::id).orElseThrow(() -> new ParticipationProblems.Invalid(
				Map.of("expert", "Unter dieser E-Mail-Adresse oder Konto-ID ist niemand Mitglied dieser Kommune.")));
		UUID tenant = TenantContext.require().value();
		dsl.insertInto(EXPERT_CIRCLE).set(EXPERT_CIRCLE.TENANT_ID, tenant).set(EXPERT_CIRCLE.PROCESS_ID, processId)
			.set(EXPERT_CIRCLE.FIELD_ID, fieldId).set(EXPERT_CIRCLE.FIELD_NAME, field.name().german())
			.onConflict(EXPERT_CIRCLE.TENANT_ID, EXPERT_CIRCLE.PROCESS_ID, EXPERT_CIRCLE.FIELD_ID)
			.doUpdate().set(EXPERT_CIRCLE.FIELD_NAME, field.name().german()).execute();
		copyGoals(processId, field);
		dsl.insertInto(EXPERT).set(EXPERT.TENANT_ID, tenant).set(EXPERT.PROCESS_ID, processId).set(EXPERT.FIELD_ID, fieldId)
			.set(EXPERT.ACCOUNT_ID, account).onConflictDoNothing().execute();
	}

	/** Goals added to the field since the last invitation join the circle; rated goals removed from the edition stay. */
	private void copyGoals(UUID processId, Edition.Field field) {
		List<EditionGoals.FieldGoal> goals = EditionGoals.of(field);
		for (int position = 0; position < goals.size(); position++) {
			EditionGoals.FieldGoal goal = goals.get(position);
			dsl.insertInto(EXPERT_GOAL).set(EXPERT_GOAL.TENANT_ID, TenantContext.require().value()).set(EXPERT_GOAL.PROCESS_ID, processId)
				.set(EXPERT_GOAL.GOAL_ID, goal.goalId()).set(EXPERT_GOAL.FIELD_ID, field.id()).set(EXPERT_GOAL.TITLE, goal.title())
				.set(EXPERT_GOAL.POSITION, position)
				.onConflict(EXPERT_GOAL.TENANT_ID, EXPERT_GOAL.PROCESS_ID, EXPERT_GOAL.GOAL_ID).doUpdate()
				.set(EXPERT_GOAL.TITLE, goal.title()).set(EXPERT_GOAL.POSITION, position).execute();
		}
	}

	@Override
	public void remove(UUID processId, UUID fieldId, UUID accountId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		processes.get(processId);
		dsl.deleteFrom(EXPERT).where(EXPERT.PROCESS_ID.eq(processId), EXPERT.FIELD_ID.eq(fieldId), EXPERT.ACCOUNT_ID.eq(accountId)).execute();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExpertField> mine(UUID processId) {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		processes.get(processId);
		UUID me = currentAccount.require();
		Set<UUID> fields = Set.copyOf(dsl.select(EXPERT.FIELD_ID).from(EXPERT).where(EXPERT.PROCESS_ID.eq(processId), EXPERT.ACCOUNT_ID.eq(me))
			.fetch(EXPERT.FIELD_ID));
		Map<UUID, Rating> ratings = dsl.selectFrom(RATING).where(RATING.PROCESS_ID.eq(processId), RATING.EXPERT.eq(me)).fetch().stream()
			.collect(Collectors.toMap(RatingRecord::getGoalId, JooqExpertRatings::toRating));
		return dsl.selectFrom(EXPERT_CIRCLE).where(EXPERT_CIRCLE.PROCESS_ID.eq(processId), anyOf(EXPERT_CIRCLE.FIELD_ID, fields))
			.orderBy(EXPERT_CIRCLE.FIELD_NAME).fetch(circle -> {
				List<Goal> goals = dsl.selectFrom(EXPERT_GOAL)
					.where(EXPERT_GOAL.PROCESS_ID.eq(processId), EXPERT_GOAL.FIELD_ID.eq(circle.getFieldId())).orderBy(EXPERT_GOAL.POSITION)
					.fetch(goal -> new Goal(goal.getGoalId(), goal.getTitle()));
				Map<UUID, Rating> own = new LinkedHashMap<>();
				goals.stream().filter(goal -> ratings.containsKey(goal.id())).forEach(goal -> own.put(goal.id(), ratings.get(goal.id())));
				return new ExpertField(circle.getFieldId(), circle.getFieldName(), goals, own);
			});
	}

	@Override
	public Rating rate(UUID processId, UUID goalId, NewRating rating) {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		ParticipationProcess process = processes.get(processId);
		UUID me = currentAccount.require();
		boolean invited = dsl.fetchExists(dsl.selectOne().from(EXPERT_GOAL).join(EXPERT)
			.on(EXPERT.TENANT_ID.eq(EXPERT_GOAL.TENANT_ID), EXPERT.PROCESS_ID.eq(EXPERT_GOAL.PROCESS_ID), EXPERT.FIELD_ID.eq(EXPERT_GOAL.FIELD_ID))
			.where(EXPERT_GOAL.PROCESS_ID.eq(processId), EXPERT_GOAL.GOAL_ID.eq(goalId), EXPERT.ACCOUNT_ID.eq(me)));
		if (!invited) {
			throw new AccessDeniedException("only invited experts of the goal's Handlungsfeld may rate it");
		}
		PhaseWindows.requireCurrent(process, PhaseKind.EXPERTENBEWERTUNG, ParticipationProcess.today());
		Map<String, String> problems = RatingRules.check(rating);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		String comment = RatingRules.comment(rating);
		dsl.insertInto(RATING).set(RATING.TENANT_ID, TenantContext.require().value()).set(RATING.ID, UUID.randomUUID())
			.set(RATING.PROCESS_ID, processId).set(RATING.GOAL_ID, goalId).set(RATING.EXPERT, me)
			.set(RATING.RELEVANCE, rating.relevance().shortValue()).set(RATING.FEASIBILITY, rating.feasibility().shortValue())
			.set(RATING.COMMENT, comment)
			.onConflict(RATING.TENANT_ID, RATING.PROCESS_ID, RATING.GOAL_ID, RATING.EXPERT).doUpdate()
			.set(RATING.RELEVANCE, rating.relevance().shortValue()).set(RATING.FEASIBILITY, rating.feasibility().shortValue())
			.set(RATING.COMMENT, comment).set(RATING.RATED_AT, DSL.currentOffsetDateTime())
			.execute();
		return new Rating(goalId, rating.relevance(), rating.feasibility(), comment);
	}

	@Override
	public RatingResults results(UUID processId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		ParticipationProcess process = processes.get(processId);
		LocalDate today = ParticipationProcess.today();
		int raters = dsl.select(DSL.countDistinct(RATING.EXPERT)).from(RATING).where(RATING.PROCESS_ID.eq(processId)).fetchSingle().value1();
		if (!PhaseWindows.hasEnded(process, PhaseKind.EXPERTENBEWERTUNG, today)) {
			return new RatingResults(true, raters, List.of());
		}
		closings.closeIfEnded(process, today);
		return new RatingResults(false, raters, RatingAggregates.of(dsl, processId));
	}

	private static Rating toRating(RatingRecord row) {
		return new Rating(row.getGoalId(), row.getRelevance(), row.getFeasibility(), row.getComment());
	}
}
