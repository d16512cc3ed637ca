package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.IDEA;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA_COMMENT;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA_SUPPORT;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.participation.AcceptedIdea;
import de.integrationskonzept.participation.Consents;
import de.integrationskonzept.participation.Idea;
import de.integrationskonzept.participation.IdeaComment;
import de.integrationskonzept.participation.IdeaPage;
import de.integrationskonzept.participation.IdeaStatus;
import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.Moderation;
import de.integrationskonzept.participation.ParticipationEvents;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.internal.db.tables.records.IdeaRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.RateLimits;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqIdeas implements Ideas {

	private final DSLContext dsl;
	private final ParticipationProcesses processes;
	private final ApplicationEventPublisher events;
	private final CurrentAccount currentAccount;
	private final RateLimits rateLimits;
	private final IdeaReads reads;
	private final IdeaDecisions decisions;
	private final Consents consents;
	private final RateLimits.Limit ideaLimit;
	private final RateLimits.Limit commentLimit;

	JooqIdeas(DSLContext dsl, ParticipationProcesses processes, ApplicationEventPublisher events, CurrentAccount currentAccount,
			RateLimits rateLimits, IdeaReads reads, IdeaDecisions decisions, Consents consents,
			@Value("${ik.participation.ideas.max-per-day:10}") int ideasPerDay,
			@Value("${ik.participation.comments.max-per-hour:30}") int commentsPerHour) {
		this.dsl = dsl;
		this.consents = consents;
		this.processes = processes;
		this.events = events;
		this.currentAccount = currentAccount;
		this.rateLimits = rateLimits;
		this.reads = reads;
		this.decisions = decisions;
		this.ideaLimit = new RateLimits.Limit("participation-idea", ideasPerDay, Duration.ofDays(1));
		this.commentLimit = new RateLimits.Limit("participation-comment", commentsPerHour, Duration.ofHours(1));
	}

	@Override
	public Idea submit(UUID processId, NewIdea idea) {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		UUID author = currentAccount.require();
		ParticipationProcess process = processes.get(processId);
		IdeaPhases.requireSubmission(process, ParticipationProcess.today());
		Map<String, String> problems = ProcessRules.check(idea);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		String consentVersion = consents.versionAgreedTo(true, idea.consentVersion());
		limit(ideaLimit, author, "Sie haben heute schon " + ideaLimit.max() + " Ideen eingereicht. Bitte versuchen Sie es morgen wieder.");
		UUID id = UUID.randomUUID();
		dsl.insertInto(IDEA)
			.set(IDEA.TENANT_ID, TenantContext.require().value())
			.set(IDEA.ID, id)
			.set(IDEA.PROCESS_ID, processId)
			.set(IDEA.AUTHOR_ID, author)
			.set(IDEA.TITLE, idea.title().strip())
			.set(IDEA.TEXT, idea.text().strip())
			.set(IDEA.FIELD, TextRules.strippedOrNull(idea.field()))
			.set(IDEA.LOCATION, TextRules.strippedOrNull(idea.location()))
			.set(IDEA.STATUS, IdeaStatus.EINGEGANGEN.name())
			.set(IDEA.CONSENT_VERSION, consentVersion)
			.execute();
		rateLimits.record(ideaLimit, author.toString());
		events.publishEvent(new ParticipationEvents.IdeaSubmitted(TenantContext.require(), processId, id));
		return get(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Idea> of(UUID processId) {
		processes.get(processId);
		return reads.ideas(IDEA.PROCESS_ID.eq(processId));
	}

	@Override
	@Transactional(readOnly = true)
	public IdeaPage page(UUID processId, int number) {
		processes.get(processId);
		int total = dsl.fetchCount(IDEA, IDEA.PROCESS_ID.eq(processId));
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.clamp(number, 1, pages);
		return new IdeaPage(reads.ideas(IDEA.PROCESS_ID.eq(processId), (shown - 1) * PAGE_SIZE, PAGE_SIZE), shown, pages, total);
	}

	@Override
	@Transactional(readOnly = true)
	public int pageOf(UUID ideaId) {
		IdeaRecord idea = dsl.selectFrom(IDEA).where(IDEA.ID.eq(ideaId)).fetchOptional()
			.orElseThrow(() -> new ParticipationProblems.IdeaNotFound(ideaId));
		return dsl.fetchCount(IDEA, IDEA.PROCESS_ID.eq(idea.getProcessId()), IdeaReads.listedBefore(idea)) / PAGE_SIZE + 1;
	}

	@Override
	@Transactional(readOnly = true)
	public Idea get(UUID ideaId) {
		return reads.ideas(IDEA.ID.eq(ideaId)).stream().findFirst().orElseThrow(() -> new ParticipationProblems.IdeaNotFound(ideaId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Idea> mine() {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		return reads.ideas(IDEA.AUTHOR_ID.eq(currentAccount.require()));
	}

	@Override
	public Idea support(UUID ideaId) {
		UUID me = participant();
		IdeaRecord idea = openIdea(ideaId);
		if (me.equals(idea.getAuthorId())) {
			throw new ParticipationProblems.NotPossible("Ihre eigene Idee können Sie nicht unterstützen.");
		}
		int added = dsl.insertInto(IDEA_SUPPORT)
			.set(IDEA_SUPPORT.TENANT_ID, TenantContext.require().value())
			.set(IDEA_SUPPORT.ID, UUID.randomUUID())
			.set(IDEA_SUPPORT.IDEA_ID, ideaId)
			.set(IDEA_SUPPORT.SUPPORTER_ID, me)
			.onConflictDoNothing()
			.execute();
		if (added == 0) {
			throw new ParticipationProblems.AlreadyDone("Sie unterstützen diese Idee bereits.");
		}
		return get(ideaId);
	}

	@Override
	public Idea withdrawSupport(UUID ideaId) {
		UUID me = participant();
		openIdea(ideaId);
		dsl.deleteFrom(IDEA_SUPPORT).where(IDEA_SUPPORT.IDEA_ID.eq(ideaId), IDEA_SUPPORT.SUPPORTER_ID.eq(me)).execute();
		return get(ideaId);
	}

	@Override
	public IdeaComment comment(UUID ideaId, String text) {
		UUID me = participant();
		openIdea(ideaId);
		Map<String, String> problems = IdeaRules.comment(text);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		limit(commentLimit, me, "Sie haben in der letzten Stunde schon " + commentLimit.max()
				+ " Kommentare geschrieben. Bitte versuchen Sie es später wieder.");
		UUID id = UUID.randomUUID();
		dsl.insertInto(IDEA_COMMENT)
			.set(IDEA_COMMENT.TENANT_ID, TenantContext.require().value())
			.set(IDEA_COMMENT.ID, id)
			.set(IDEA_COMMENT.IDEA_ID, ideaId)
			.set(IDEA_COMMENT.AUTHOR_ID, me)
			.set(IDEA_COMMENT.TEXT, text.strip())
			.execute();
		rateLimits.record(commentLimit, me.toString());
		return get(ideaId).comments().stream().filter(comment -> comment.id().equals(id)).findFirst().orElseThrow();
	}

	@Override
	public Idea changeStatus(UUID ideaId, StatusChange change) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		IdeaRecord idea = dsl.selectFrom(IDEA).where(IDEA.ID.eq(ideaId)).forUpdate().fetchOptional()
			.orElseThrow(() -> new ParticipationProblems.IdeaNotFound(ideaId));
		decisions.apply(idea, processes.get(idea.getProcessId()), change);
		return get(ideaId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, List<AcceptedIdea>> behind(Collection<UUID> goalOrMeasureIds) {
		if (goalOrMeasureIds.isEmpty()) {
			return Map.of();
		}
		return dsl.selectFrom(IDEA)
			.where(IDEA.STATUS.eq(IdeaStatus.UEBERNOMMEN.name()), IDEA.MODERATION.eq(Moderation.VISIBLE.name()),
					anyOf(IDEA.ACCEPTED_ITEM_ID, goalOrMeasureIds))
			.orderBy(IDEA.SUBMITTED_AT, IDEA.ID)
			.fetch().stream()
			.map(row -> new AcceptedIdea(row.getId(), row.getProcessId(), row.getAcceptedItemId(), row.getTitle(), row.getText()))
			.collect(Collectors.groupingBy(AcceptedIdea::itemId, Collectors.toList()));
	}

	/** A registered person of the tenant, by account (machine clients cannot take part). */
	private UUID participant() {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		return currentAccount.require();
	}

	/** An idea that can be supported and commented: shown, and its process still collecting ideas. */
	private IdeaRecord openIdea(UUID ideaId) {
		IdeaRecord idea = dsl.selectFrom(IDEA).where(IDEA.ID.eq(ideaId)).fetchOptional()
			.orElseThrow(() -> new ParticipationProblems.IdeaNotFound(ideaId));
		if (!Moderation.valueOf(idea.getModeration()).shown()) {
			throw new ParticipationProblems.NotPossible("Diese Idee ist ausgeblendet und kann derzeit nicht unterstützt oder kommentiert werden.");
		}
		IdeaPhases.requireDiscussion(processes.get(idea.getProcessId()), ParticipationProcess.today());
		return idea;
	}

	private void limit(RateLimits.Limit limit, UUID account, String message) {
		if (rateLimits.reached(limit, account.toString())) {
			throw new ParticipationProblems.TooMany(message);
		}
	}
}
