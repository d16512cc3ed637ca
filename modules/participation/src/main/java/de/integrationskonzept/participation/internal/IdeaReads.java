package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.IDEA;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA_COMMENT;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA_SUPPORT;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import de.integrationskonzept.participation.Idea;
import de.integrationskonzept.participation.IdeaComment;
import de.integrationskonzept.participation.IdeaStatus;
import de.integrationskonzept.participation.Moderation;
import de.integrationskonzept.participation.internal.db.tables.records.IdeaCommentRecord;
import de.integrationskonzept.participation.internal.db.tables.records.IdeaRecord;
import de.integrationskonzept.platform.security.CurrentAccount;

/**
 * Reads ideas as the caller may see them: authors only as "Bürgerin/Bürger" or "gelöschter
 * Nutzer", hidden content without its text (except for its own author), with support counts and
 * comments (oldest first). Three queries per list, whatever its length.
 */
@Component
class IdeaReads {

	static final String PENDING_NOTE = "Ausgeblendet: Nach Meldungen wird dieser Beitrag von der Redaktion geprüft.";

	private static final List<SortField<?>> NEWEST_FIRST = List.of(IDEA.SUBMITTED_AT.desc(), IDEA.ID.asc());

	private final DSLContext dsl;
	private final CurrentAccount currentAccount;

	IdeaReads(DSLContext dsl, CurrentAccount currentAccount) {
		this.dsl = dsl;
		this.currentAccount = currentAccount;
	}

	List<Idea> ideas(Condition which) {
		return assemble(dsl.selectFrom(IDEA).where(which).orderBy(NEWEST_FIRST).fetch());
	}

	/** The {@code limit} ideas after the first {@code offset}, in the order of {@link #ideas(Condition)}. */
	List<Idea> ideas(Condition which, int offset, int limit) {
		return assemble(dsl.selectFrom(IDEA).where(which).orderBy(NEWEST_FIRST).limit(limit).offset(offset).fetch());
	}

	/** Ideas before this one in the order of {@link #ideas(Condition)}: newer ones, and those of the same time with a lower id. */
	static Condition listedBefore(IdeaRecord idea) {
		return IDEA.SUBMITTED_AT.gt(idea.getSubmittedAt()).or(IDEA.SUBMITTED_AT.eq(idea.getSubmittedAt()).and(IDEA.ID.lt(idea.getId())));
	}

	private List<Idea> assemble(List<IdeaRecord> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		UUID me = currentAccount.id().orElse(null);
		Set<UUID> ids = rows.stream().map(IdeaRecord::getId).collect(Collectors.toSet());
		Map<UUID, Integer> supporters = dsl.select(IDEA_SUPPORT.IDEA_ID, DSL.count()).from(IDEA_SUPPORT).where(anyOf(IDEA_SUPPORT.IDEA_ID, ids))
			.groupBy(IDEA_SUPPORT.IDEA_ID).fetchMap(IDEA_SUPPORT.IDEA_ID, DSL.count());
		Set<UUID> supportedByMe = me == null ? Set.of()
				: dsl.select(IDEA_SUPPORT.IDEA_ID).from(IDEA_SUPPORT).where(anyOf(IDEA_SUPPORT.IDEA_ID, ids), IDEA_SUPPORT.SUPPORTER_ID.eq(me))
					.fetchSet(IDEA_SUPPORT.IDEA_ID);
		Map<UUID, List<IdeaComment>> comments = dsl.selectFrom(IDEA_COMMENT).where(anyOf(IDEA_COMMENT.IDEA_ID, ids))
			.orderBy(IDEA_COMMENT.CREATED_AT, IDEA_COMMENT.ID).fetch().stream()
			.collect(Collectors.groupingBy(IdeaCommentRecord::getIdeaId, Collectors.mapping(row -> toComment(row, me), Collectors.toList())));
		return rows.stream().map(row -> toIdea(row, me, supporters.getOrDefault(row.getId(), 0), supportedByMe.contains(row.getId()),
				comments.getOrDefault(row.getId(), List.of()))).toList();
	}

	static String author(UUID authorId) {
		return authorId == null ? Idea.AUTHOR_DELETED : Idea.AUTHOR_PERSON;
	}

	static String note(Moderation moderation, String reason) {
		return switch (moderation) {
			case VISIBLE -> null;
			case PENDING_REVIEW -> PENDING_NOTE;
			case HIDDEN -> "Ausgeblendet: " + reason;
		};
	}

	private static Idea toIdea(IdeaRecord row, UUID me, int supporters, boolean supportedByMe, List<IdeaComment> comments) {
		Moderation moderation = Moderation.valueOf(row.getModeration());
		boolean mine = me != null && me.equals(row.getAuthorId());
		boolean textShown = moderation.shown() || mine;
		return new Idea(row.getId(), row.getProcessId(), textShown ? row.getTitle() : null, textShown ? row.getText() : null, row.getField(),
				textShown ? row.getLocation() : null, author(row.getAuthorId()), IdeaStatus.valueOf(row.getStatus()), row.getAcceptedItemId(),
				row.getAcceptedItemTitle(), row.getStatusReason(), row.getConsentVersion(), row.getSubmittedAt().toInstant(), supporters,
				moderation, note(moderation, row.getModerationNote()), mine, supportedByMe, comments);
	}

	private static IdeaComment toComment(IdeaCommentRecord row, UUID me) {
		Moderation moderation = Moderation.valueOf(row.getModeration());
		boolean mine = me != null && Objects.equals(me, row.getAuthorId());
		return new IdeaComment(row.getId(), row.getIdeaId(), moderation.shown() || mine ? row.getText() : null, author(row.getAuthorId()),
				row.getCreatedAt().toInstant(), moderation, note(moderation, row.getModerationNote()), mine);
	}
}
