package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.CONTENT_REPORT;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA_COMMENT;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.participation.IdeaModeration;
import de.integrationskonzept.participation.Moderation;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.internal.db.tables.records.ContentReportRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqIdeaModeration implements IdeaModeration {

	private final DSLContext dsl;
	private final CurrentAccount currentAccount;
	private final int threshold;

	JooqIdeaModeration(DSLContext dsl, CurrentAccount currentAccount,
			@Value("${ik.participation.moderation.report-threshold:3}") int threshold) {
		this.dsl = dsl;
		this.currentAccount = currentAccount;
		this.threshold = threshold;
	}

	@Override
	public void report(Kind kind, UUID id, String reason) {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		UUID reporter = currentAccount.require();
		Map<String, String> problems = IdeaRules.reportReason(reason);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		Moderation moderation = lockedModeration(kind, id);
		int added = dsl.insertInto(CONTENT_REPORT)
			.set(CONTENT_REPORT.TENANT_ID, TenantContext.require().value())
			.set(CONTENT_REPORT.ID, UUID.randomUUID())
			.set(reportTarget(kind), id)
			.set(CONTENT_REPORT.REPORTER_ID, reporter)
			.set(CONTENT_REPORT.REASON, TextRules.strippedOrNull(reason))
			.onConflictDoNothing()
			.execute();
		if (added == 0) {
			throw new ParticipationProblems.AlreadyDone("Sie haben diesen Beitrag bereits gemeldet; die Redaktion ist informiert.");
		}
		// Several people, not one person several times, decide that something waits for review hidden.
		if (moderation == Moderation.VISIBLE && dsl.fetchCount(CONTENT_REPORT, reportTarget(kind).eq(id)) >= threshold) {
			setModeration(kind, id, Moderation.PENDING_REVIEW, null);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<QueueEntry> queue() {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		List<ContentReportRecord> reports = dsl.selectFrom(CONTENT_REPORT).orderBy(CONTENT_REPORT.REPORTED_AT).fetch();
		Map<UUID, List<ContentReportRecord>> byIdea = reports.stream().filter(report -> report.getIdeaId() != null)
			.collect(Collectors.groupingBy(ContentReportRecord::getIdeaId));
		Map<UUID, List<ContentReportRecord>> byComment = reports.stream().filter(report -> report.getCommentId() != null)
			.collect(Collectors.groupingBy(ContentReportRecord::getCommentId));
		List<QueueEntry> queue = new ArrayList<>();
		dsl.selectFrom(IDEA).where(anyOf(IDEA.ID, byIdea.keySet()).or(IDEA.MODERATION.ne(Moderation.VISIBLE.name()))).fetch()
			.forEach(idea -> queue.add(entry(Kind.IDEA, idea.getId(), idea.getProcessId(), idea.getId(), idea.getTitle(), idea.getText(),
					idea.getModeration(), idea.getModerationNote(), byIdea.getOrDefault(idea.getId(), List.of()))));
		dsl.select(IDEA_COMMENT.fields()).select(IDEA.PROCESS_ID, IDEA.TITLE).from(IDEA_COMMENT).join(IDEA)
			.on(IDEA.TENANT_ID.eq(IDEA_COMMENT.TENANT_ID), IDEA.ID.eq(IDEA_COMMENT.IDEA_ID))
			.where(anyOf(IDEA_COMMENT.ID, byComment.keySet()).or(IDEA_COMMENT.MODERATION.ne(Moderation.VISIBLE.name()))).fetch()
			.forEach(row -> queue.add(entry(Kind.COMMENT, row.get(IDEA_COMMENT.ID), row.get(IDEA.PROCESS_ID), row.get(IDEA_COMMENT.IDEA_ID),
					row.get(IDEA.TITLE), row.get(IDEA_COMMENT.TEXT), row.get(IDEA_COMMENT.MODERATION), row.get(IDEA_COMMENT.MODERATION_NOTE),
					byComment.getOrDefault(row.get(IDEA_COMMENT.ID), List.of()))));
		queue.sort(Comparator.comparingInt(QueueEntry::reports).reversed().thenComparing(entry -> entry.moderation().ordinal()));
		return queue;
	}

	@Override
	public void hide(Kind kind, UUID id, String reason) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		Map<String, String> problems = IdeaRules.moderationReason(reason);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		lockedModeration(kind, id);
		setModeration(kind, id, Moderation.HIDDEN, reason.strip());
		dsl.deleteFrom(CONTENT_REPORT).where(reportTarget(kind).eq(id)).execute();
	}

	@Override
	public void restore(Kind kind, UUID id) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		lockedModeration(kind, id);
		setModeration(kind, id, Moderation.VISIBLE, null);
		dsl.deleteFrom(CONTENT_REPORT).where(reportTarget(kind).eq(id)).execute();
	}

	private static QueueEntry entry(Kind kind, UUID id, UUID processId, UUID ideaId, String title, String text, String moderation,
			String reason, List<ContentReportRecord> reports) {
		Moderation state = Moderation.valueOf(moderation);
		return new QueueEntry(kind, id, processId, ideaId, title, text, state, IdeaReads.note(state, reason), reports.size(),
				reports.stream().map(ContentReportRecord::getReason).filter(Objects::nonNull).toList());
	}

	/** The item's moderation state, its row locked so that parallel reports are counted one after the other. */
	private Moderation lockedModeration(Kind kind, UUID id) {
		return dsl.select(moderationOf(kind)).from(table(kind)).where(idOf(kind).eq(id)).forUpdate().fetchOptional(moderationOf(kind))
			.map(Moderation::valueOf).orElseThrow(() -> new ParticipationProblems.IdeaNotFound(id));
	}

	private void setModeration(Kind kind, UUID id, Moderation moderation, String note) {
		dsl.update(table(kind)).set(moderationOf(kind), moderation.name()).set(noteOf(kind), note).where(idOf(kind).eq(id)).execute();
	}

	private static Table<? extends UpdatableRecord<?>> table(Kind kind) {
		return kind == Kind.IDEA ? IDEA : IDEA_COMMENT;
	}

	private static Field<UUID> idOf(Kind kind) {
		return kind == Kind.IDEA ? IDEA.ID : IDEA_COMMENT.ID;
	}

	private static Field<String> moderationOf(Kind kind) {
		return kind == Kind.IDEA ? IDEA.MODERATION : IDEA_COMMENT.MODERATION;
	}

	private static Field<String> noteOf(Kind kind) {
		return kind == Kind.IDEA ? IDEA.MODERATION_NOTE : IDEA_COMMENT.MODERATION_NOTE;
	}

	private static TableField<ContentReportRecord, UUID> reportTarget(Kind kind) {
		return kind == Kind.IDEA ? CONTENT_REPORT.IDEA_ID : CONTENT_REPORT.COMMENT_ID;
	}
}
