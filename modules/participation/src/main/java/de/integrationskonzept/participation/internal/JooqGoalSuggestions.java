package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.GOAL_SUGGESTION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.participation.GoalSuggestion;
import de.integrationskonzept.participation.GoalSuggestion.Status;
import de.integrationskonzept.participation.GoalSuggestions;
import de.integrationskonzept.participation.ParticipationEvents;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.participation.internal.db.tables.records.GoalSuggestionRecord;
import de.integrationskonzept.participation.internal.db.tables.records.WorkingGroupRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqGoalSuggestions implements GoalSuggestions {

	/** Once the vote on the proposed goals has begun, the list of proposals is closed. */
	private static final Set<PhaseKind> CLOSED_PHASES = Set.of(PhaseKind.ABSTIMMUNG, PhaseKind.AUSWERTUNG);

	private final DSLContext dsl;
	private final ParticipationProcesses processes;
	private final ConceptEditions editions;
	private final GroupAccess access;
	private final ApplicationEventPublisher events;

	JooqGoalSuggestions(DSLContext dsl, ParticipationProcesses processes, ConceptEditions editions, GroupAccess access,
			ApplicationEventPublisher events) {
		this.dsl = dsl;
		this.processes = processes;
		this.editions = editions;
		this.access = access;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<GoalSuggestion> of(UUID groupId) {
		access.group(groupId);
		access.requireMemberOrEditor(groupId);
		return dsl.selectFrom(GOAL_SUGGESTION).where(GOAL_SUGGESTION.GROUP_ID.eq(groupId))
			.orderBy(GOAL_SUGGESTION.PROPOSED_AT.desc(), GOAL_SUGGESTION.ID).fetch(JooqGoalSuggestions::toSuggestion);
	}

	@Override
	public GoalSuggestion propose(UUID groupId, NewSuggestion suggestion) {
		WorkingGroupRecord group = access.group(groupId);
		access.requireMember(groupId);
		ParticipationProcess process = processes.get(group.getProcessId());
		requireOpenForProposals(process, ParticipationProcess.today());
		Map<String, String> problems = new java.util.LinkedHashMap<>(WorkingGroupRules.check(suggestion));
		if (suggestion.parentGoalId() != null && !goalOfField(process, group.getFieldId(), suggestion.parentGoalId())) {
			problems.put("parentGoalId", "Das übergeordnete Ziel gehört nicht zum Handlungsfeld der Arbeitsgruppe.");
		}
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		UUID id = UUID.randomUUID();
		dsl.insertInto(GOAL_SUGGESTION)
			.set(GOAL_SUGGESTION.TENANT_ID, TenantContext.require().value())
			.set(GOAL_SUGGESTION.ID, id)
			.set(GOAL_SUGGESTION.GROUP_ID, groupId)
			.set(GOAL_SUGGESTION.PARENT_GOAL_ID, suggestion.parentGoalId())
			.set(GOAL_SUGGESTION.TITLE, suggestion.title().strip())
			.set(GOAL_SUGGESTION.DESCRIPTION, WorkingGroupRules.stripped(suggestion.description()))
			.set(GOAL_SUGGESTION.PROPOSED_BY, access.callerId())
			.execute();
		return suggestion(id);
	}

	@Override
	public GoalSuggestion accept(UUID groupId, UUID suggestionId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		WorkingGroupRecord group = access.group(groupId);
		GoalSuggestionRecord row = openForDecision(groupId, suggestionId);
		ParticipationProcess process = processes.get(group.getProcessId());
		Edition edition = editions.get(process.editionId());
		if (!edition.status().isEditable()) {
			throw new ParticipationProblems.EditionNotDraft("Die Ausgabe „" + edition.title().german() + "“ ist im Status „"
					+ edition.status().label() + "“. Neue Ziele kommen nur in eine Ausgabe, die noch im Entwurf oder in Beteiligung ist; "
					+ "der Vorschlag bleibt offen.");
		}
		Edition.Goal goal = GoalAdoption.newGoal(row.getTitle(), row.getDescription(), "Arbeitsgruppe „" + group.getName() + "“");
		Edition changed = GoalAdoption.add(edition, group.getFieldId(), row.getParentGoalId(), goal)
			.orElseThrow(() -> new ParticipationProblems.Invalid(Map.of("", "Das Handlungsfeld „" + group.getFieldName()
					+ "“ oder das übergeordnete Ziel gibt es in der Ausgabe nicht mehr. Lehnen Sie den Vorschlag mit einer Begründung ab.")));
		editions.update(changed, edition.version());
		dsl.update(GOAL_SUGGESTION)
			.set(GOAL_SUGGESTION.STATUS, Status.ANGENOMMEN.name())
			.set(GOAL_SUGGESTION.GOAL_ID, goal.id())
			.set(GOAL_SUGGESTION.DECIDED_BY, access.callerIdIfAny().orElse(null))
			.set(GOAL_SUGGESTION.DECIDED_AT, OffsetDateTime.now())
			.where(GOAL_SUGGESTION.ID.eq(suggestionId))
			.execute();
		events.publishEvent(new ParticipationEvents.GoalSuggestionAccepted(TenantContext.require(), process.id(), suggestionId, goal.id()));
		return suggestion(suggestionId);
	}

	@Override
	public GoalSuggestion reject(UUID groupId, UUID suggestionId, String reason) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		Map<String, String> problems = WorkingGroupRules.checkReason(reason);
		access.group(groupId);
		openForDecision(groupId, suggestionId);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		dsl.update(GOAL_SUGGESTION)
			.set(GOAL_SUGGESTION.STATUS, Status.ABGELEHNT.name())
			.set(GOAL_SUGGESTION.REJECTION_REASON, reason.strip())
			.set(GOAL_SUGGESTION.DECIDED_BY, access.callerIdIfAny().orElse(null))
			.set(GOAL_SUGGESTION.DECIDED_AT, OffsetDateTime.now())
			.where(GOAL_SUGGESTION.ID.eq(suggestionId))
			.execute();
		return suggestion(suggestionId);
	}

	/** Proposals while the process runs and before its Abstimmung; refusals store nothing. */
	static void requireOpenForProposals(ParticipationProcess process, LocalDate today) {
		if (!process.isOpenOn(today)) {
			throw new ParticipationProblems.PhaseClosed("Das Beteiligungsverfahren ist beendet. Neue Zielvorschläge sind nicht mehr möglich.");
		}
		process.currentPhase(today).filter(phase -> CLOSED_PHASES.contains(phase.kind())).ifPresent(phase -> {
			throw new ParticipationProblems.PhaseClosed("In der Phase „" + phase.kind().label()
					+ "“ werden keine neuen Zielvorschläge mehr angenommen.");
		});
	}

	private boolean goalOfField(ParticipationProcess process, UUID fieldId, UUID goalId) {
		return editions.get(process.editionId()).fields().stream().filter(field -> field.id().equals(fieldId))
			.flatMap(field -> field.goals().stream()).flatMap(Edition.Goal::withSubGoals).anyMatch(goal -> goal.id().equals(goalId));
	}

	/** Locks the suggestion, so two editors deciding at once cannot both succeed. */
	private GoalSuggestionRecord openForDecision(UUID groupId, UUID suggestionId) {
		GoalSuggestionRecord row = dsl.selectFrom(GOAL_SUGGESTION)
			.where(GOAL_SUGGESTION.GROUP_ID.eq(groupId), GOAL_SUGGESTION.ID.eq(suggestionId)).forUpdate().fetchOptional()
			.orElseThrow(() -> new ParticipationProblems.NotFound("Zielvorschlag nicht gefunden",
					"Die Arbeitsgruppe hat keinen Zielvorschlag " + suggestionId + "."));
		if (!Status.OFFEN.name().equals(row.getStatus())) {
			throw new ParticipationProblems.AlreadyDone("Über diesen Zielvorschlag wurde bereits entschieden ("
					+ Status.valueOf(row.getStatus()).label() + ").");
		}
		return row;
	}

	private GoalSuggestion suggestion(UUID id) {
		return dsl.selectFrom(GOAL_SUGGESTION).where(GOAL_SUGGESTION.ID.eq(id)).fetchSingle(JooqGoalSuggestions::toSuggestion);
	}

	private static GoalSuggestion toSuggestion(GoalSuggestionRecord row) {
		return new GoalSuggestion(row.getId(), row.getGroupId(), row.getParentGoalId(), row.getTitle(), row.getDescription(),
				Status.valueOf(row.getStatus()), row.getProposedAt().toInstant(),
				row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant(), row.getRejectionReason(), row.getGoalId());
	}
}
