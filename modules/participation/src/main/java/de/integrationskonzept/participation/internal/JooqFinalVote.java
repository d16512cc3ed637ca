package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.VOTE;
import static de.integrationskonzept.participation.internal.db.Tables.VOTER;
import static de.integrationskonzept.participation.internal.db.Tables.VOTE_ITEM;
import static de.integrationskonzept.participation.internal.db.Tables.VOTE_SETTING;
import static de.integrationskonzept.platform.persistence.ValueLists.noneOf;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.participation.FinalVote;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.TenantPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqFinalVote implements FinalVote {

	private final DSLContext dsl;
	private final ParticipationProcesses processes;
	private final ConceptEditions editions;
	private final TenantPeople people;
	private final CurrentAccount currentAccount;
	private final Closings closings;

	JooqFinalVote(DSLContext dsl, ParticipationProcesses processes, ConceptEditions editions, TenantPeople people,
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
	public Setup setup(UUID processId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		ParticipationProcess process = processes.get(processId);
		List<Item> goals = EditionGoals.all(editions.get(process.editionId())).stream()
			.map(goal -> new Item(goal.goalId(), goal.fieldName(), goal.title())).toList();
		Optional<VoterMode> mode = mode(processId);
		List<UUID> voterIds = dsl.select(VOTER.ACCOUNT_ID).from(VOTER).where(VOTER.PROCESS_ID.eq(processId)).orderBy(VOTER.INVITED_AT)
			.fetch(VOTER.ACCOUNT_ID);
		return new Setup(mode.isPresent(), mode.orElse(VoterMode.INVITED), items(processId), MemberEmails.of(people, voterIds), goals,
				votesCast(processId));
	}

	@Override
	public Setup configure(UUID processId, VoterMode mode, List<UUID> goalIds) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		ParticipationProcess process = processes.get(processId);
		PhaseWindows.requireNotEnded(process, PhaseKind.ABSTIMMUNG, ParticipationProcess.today());
		if (mode == null) {
			throw new ParticipationProblems.Invalid(Map.of("mode", "Bitte wählen Sie, wer abstimmen darf."));
		}
		List<EditionGoals.FieldGoal> all = EditionGoals.all(editions.get(process.editionId()));
		boolean allGoals = goalIds == null || goalIds.isEmpty();
		List<EditionGoals.FieldGoal> chosen = allGoals ? all : all.stream().filter(goal -> goalIds.contains(goal.goalId())).toList();
		boolean unknown = !allGoals && !all.stream().map(EditionGoals.FieldGoal::goalId).toList().containsAll(goalIds);
		if (chosen.isEmpty() || unknown) {
			throw new ParticipationProblems.Invalid(Map.of("goalIds", "Bitte wählen Sie Ziele aus der Ausgabe des Verfahrens; mindestens eines."));
		}
		Set<UUID> chosenIds = new HashSet<>(chosen.stream().map(EditionGoals.FieldGoal::goalId).toList());
		if (votesCast(processId) && !chosenIds.equals(new HashSet<>(items(processId).stream().map(Item::goalId).toList()))) {
			throw new ParticipationProblems.Locked("Es wurde bereits abgestimmt: Die Ziele der Abstimmung lassen sich nicht mehr ändern.");
		}
		UUID tenant = TenantContext.require().value();
		dsl.insertInto(VOTE_SETTING).set(VOTE_SETTING.TENANT_ID, tenant).set(VOTE_SETTING.PROCESS_ID, processId)
			.set(VOTE_SETTING.MODE, mode.name()).onConflict(VOTE_SETTING.TENANT_ID, VOTE_SETTING.PROCESS_ID).doUpdate()
			.set(VOTE_SETTING.MODE, mode.name()).execute();
		dsl.deleteFrom(VOTE_ITEM).where(VOTE_ITEM.PROCESS_ID.eq(processId), noneOf(VOTE_ITEM.GOAL_ID, chosenIds)).execute();
		for (int position = 0; position < chosen.size(); position++) {
			EditionGoals.FieldGoal goal = chosen.get(position);
			dsl.insertInto(VOTE_ITEM).set(VOTE_ITEM.TENANT_ID, tenant).set(VOTE_ITEM.PROCESS_ID, processId).set(VOTE_ITEM.GOAL_ID, goal.goalId())
				.set(VOTE_ITEM.TITLE, goal.title()).set(VOTE_ITEM.FIELD_NAME, goal.fieldName()).set(VOTE_ITEM.POSITION, position)
				.onConflict(VOTE_ITEM.TENANT_ID, VOTE_ITEM.PROCESS_ID, VOTE_ITEM.GOAL_ID).doUpdate()
				.set(VOTE_ITEM.POSITION, position).execute();
		}
		return setup(processId);
	}

	@Override
	public void addVoter(UUID processId, String emailOrAccountId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		ParticipationProcess process = processes.get(processId);
		PhaseWindows.requireNotEnded(process, PhaseKind.ABSTIMMUNG, ParticipationProcess.today());
		if (mode(processId).isEmpty()) {
			throw new ParticipationProblems.Invalid(Map.of("voter", "Bitte speichern Sie zuerst die Einstellungen der Abstimmung."));
		}
		UUID account = people.byEmailOrId(emailOrAccountId).map(TenantPeople.Person::id).orElseThrow(() -> new ParticipationProblems.Invalid(
				Map.of("voter", "Unter dieser E-Mail-Adresse oder Konto-ID ist niemand Mitglied dieser Kommune.")));
		dsl.insertInto(VOTER).set(VOTER.TENANT_ID, TenantContext.require().value()).set(VOTER.PROCESS_ID, processId)
			.set(VOTER.ACCOUNT_ID, account).onConflictDoNothing().execute();
	}

	@Override
	public void removeVoter(UUID processId, UUID accountId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		processes.get(processId);
		dsl.deleteFrom(VOTER).where(VOTER.PROCESS_ID.eq(processId), VOTER.ACCOUNT_ID.eq(accountId)).execute();
	}

	@Override
	@Transactional(readOnly = true)
	public Ballot ballot(UUID processId) {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		ParticipationProcess process = processes.get(processId);
		UUID me = currentAccount.require();
		Map<UUID, Choice> choices = new LinkedHashMap<>();
		dsl.select(VOTE.GOAL_ID, VOTE.CHOICE).from(VOTE).where(VOTE.PROCESS_ID.eq(processId), VOTE.VOTER.eq(me))
			.forEach(row -> choices.put(row.value1(), Choice.valueOf(row.value2())));
		Optional<String> reason = reasonNotToVote(process, me);
		return new Ballot(items(processId), reason.isEmpty(), reason.orElse(null), choices);
	}

	/** Why the person cannot vote now; empty when they can. */
	private Optional<String> reasonNotToVote(ParticipationProcess process, UUID me) {
		Optional<VoterMode> mode = mode(process.id());
		if (mode.isEmpty()) {
			return Optional.of("Die Abstimmung ist noch nicht eingerichtet.");
		}
		if (!eligible(process.id(), mode.get(), me)) {
			return Optional.of("Sie sind für diese Abstimmung nicht stimmberechtigt.");
		}
		try {
			PhaseWindows.requireCurrent(process, PhaseKind.ABSTIMMUNG, ParticipationProcess.today());
			return Optional.empty();
		}
		catch (ParticipationProblems.PhaseClosed closed) {
			return Optional.of(closed.getMessage());
		}
	}

	@Override
	public Ballot vote(UUID processId, Map<UUID, Choice> choices) {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		ParticipationProcess process = processes.get(processId);
		UUID me = currentAccount.require();
		Optional<VoterMode> mode = mode(processId);
		if (mode.isEmpty() || !eligible(processId, mode.get(), me)) {
			throw new AccessDeniedException("only eligible voters may vote");
		}
		PhaseWindows.requireCurrent(process, PhaseKind.ABSTIMMUNG, ParticipationProcess.today());
		Set<UUID> items = new HashSet<>(items(processId).stream().map(Item::goalId).toList());
		if (choices == null || choices.isEmpty() || choices.containsValue(null) || !items.containsAll(choices.keySet())) {
			throw new ParticipationProblems.Invalid(Map.of("choices",
					"Bitte wählen Sie bei mindestens einem Ziel der Abstimmung Zustimmung, Ablehnung oder Enthaltung."));
		}
		UUID tenant = TenantContext.require().value();
		choices.forEach((goal, choice) -> dsl.insertInto(VOTE).set(VOTE.TENANT_ID, tenant).set(VOTE.ID, UUID.randomUUID())
			.set(VOTE.PROCESS_ID, processId).set(VOTE.GOAL_ID, goal).set(VOTE.VOTER, me).set(VOTE.CHOICE, choice.name())
			.onConflict(VOTE.TENANT_ID, VOTE.PROCESS_ID, VOTE.GOAL_ID, VOTE.VOTER).doUpdate()
			.set(VOTE.CHOICE, choice.name()).set(VOTE.CAST_AT, DSL.currentOffsetDateTime()).execute());
		return ballot(processId);
	}

	@Override
	public VoteResults results(UUID processId) {
		ParticipationProcess process = processes.get(processId);
		LocalDate today = ParticipationProcess.today();
		Optional<VoterMode> mode = mode(processId);
		int eligible = mode.map(m -> m == VoterMode.ALL_MEMBERS ? people.count()
				: dsl.fetchCount(VOTER, VOTER.PROCESS_ID.eq(processId))).orElse(0);
		if (!PhaseWindows.hasEnded(process, PhaseKind.ABSTIMMUNG, today)) {
			return VoteResults.of(true, eligible, 0, List.of());
		}
		closings.closeIfEnded(process, today);
		int voters = dsl.select(DSL.countDistinct(VOTE.VOTER)).from(VOTE).where(VOTE.PROCESS_ID.eq(processId)).fetchSingle().value1();
		Map<UUID, Map<String, Integer>> counts = new LinkedHashMap<>();
		dsl.select(VOTE.GOAL_ID, VOTE.CHOICE, DSL.count()).from(VOTE).where(VOTE.PROCESS_ID.eq(processId)).groupBy(VOTE.GOAL_ID, VOTE.CHOICE)
			.forEach(row -> counts.computeIfAbsent(row.value1(), goal -> new LinkedHashMap<>()).put(row.value2(), row.value3()));
		List<ItemResult> results = items(processId).stream().map(item -> {
			Map<String, Integer> count = counts.getOrDefault(item.goalId(), Map.of());
			return new ItemResult(item, count.getOrDefault("ZUSTIMMUNG", 0), count.getOrDefault("ABLEHNUNG", 0), count.getOrDefault("ENTHALTUNG", 0));
		}).toList();
		return VoteResults.of(false, eligible, voters, results);
	}

	/** All members: the role is checked now, from the caller's session or token; invited: the list. */
	private boolean eligible(UUID processId, VoterMode mode, UUID account) {
		if (mode == VoterMode.ALL_MEMBERS) {
			return AccessControl.hasTenantRole(TenantRole.CITIZEN);
		}
		return dsl.fetchExists(VOTER, VOTER.PROCESS_ID.eq(processId), VOTER.ACCOUNT_ID.eq(account));
	}

	private Optional<VoterMode> mode(UUID processId) {
		return dsl.select(VOTE_SETTING.MODE).from(VOTE_SETTING).where(VOTE_SETTING.PROCESS_ID.eq(processId))
			.fetchOptional(VOTE_SETTING.MODE).map(VoterMode::valueOf);
	}

	private List<Item> items(UUID processId) {
		return dsl.selectFrom(VOTE_ITEM).where(VOTE_ITEM.PROCESS_ID.eq(processId)).orderBy(VOTE_ITEM.POSITION)
			.fetch(row -> new Item(row.getGoalId(), row.getFieldName(), row.getTitle()));
	}

	private boolean votesCast(UUID processId) {
		return dsl.fetchExists(VOTE, VOTE.PROCESS_ID.eq(processId));
	}
}
