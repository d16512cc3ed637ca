package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.IDEA;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.participation.IdeaStatus;
import de.integrationskonzept.participation.Ideas.StatusChange;
import de.integrationskonzept.participation.ParticipationEvents;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.internal.db.tables.records.IdeaRecord;
import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * The editors' decision on an idea: the next status, checked against the process's edition when
 * the idea is taken over (any goal, also a sub-goal, or measure of it), then stored and announced.
 */
@Component
class IdeaDecisions {

	private final DSLContext dsl;
	private final ConceptEditions editions;
	private final ApplicationEventPublisher events;
	private final AuthorNotices notices;

	IdeaDecisions(DSLContext dsl, ConceptEditions editions, ApplicationEventPublisher events, AuthorNotices notices) {
		this.dsl = dsl;
		this.editions = editions;
		this.events = events;
		this.notices = notices;
	}

	void apply(IdeaRecord idea, ParticipationProcess process, StatusChange change) {
		Map<String, String> problems = new LinkedHashMap<>(IdeaRules.statusChange(IdeaStatus.valueOf(idea.getStatus()), change));
		String itemTitle = null;
		if (change.status() == IdeaStatus.UEBERNOMMEN && change.acceptedInto() != null) {
			Edition edition = editions.get(process.editionId());
			itemTitle = titleOf(edition, change.acceptedInto()).orElse(null);
			if (itemTitle == null) {
				problems.put("acceptedInto", "Ein Ziel oder eine Maßnahme mit dieser Kennung gibt es in der Ausgabe „" + edition.title()
						+ "“ nicht.");
			}
		}
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		boolean accepted = change.status() == IdeaStatus.UEBERNOMMEN;
		String acceptedAs = itemTitle == null || itemTitle.length() <= 1000 ? itemTitle : itemTitle.substring(0, 999) + "…";
		String reason = TextRules.strippedOrNull(change.reason());
		dsl.update(IDEA)
			.set(IDEA.STATUS, change.status().name())
			.set(IDEA.ACCEPTED_ITEM_ID, accepted ? change.acceptedInto() : null)
			.set(IDEA.ACCEPTED_ITEM_TITLE, acceptedAs)
			.set(IDEA.STATUS_REASON, reason)
			.set(IDEA.STATUS_CHANGED_AT, OffsetDateTime.now())
			.where(IDEA.ID.eq(idea.getId()))
			.execute();
		if (accepted) {
			events.publishEvent(new ParticipationEvents.IdeaAccepted(TenantContext.require(), process.id(), idea.getId(), change.acceptedInto()));
		}
		notices.statusChanged(idea.getAuthorId(), idea.getTitle(), process, change.status(), acceptedAs, reason);
	}

	/** The goal's or measure's German title, with its kind, as the author reads it in the feedback. */
	static Optional<String> titleOf(Edition edition, UUID itemId) {
		Stream<String> goals = edition.allGoals().filter(goal -> goal.id().equals(itemId)).map(goal -> "Ziel „" + goal.title().german() + "“");
		Stream<String> measures = edition.measures().stream().filter(measure -> measure.id().equals(itemId))
			.map(measure -> "Maßnahme „" + measure.title().german() + "“");
		return Stream.concat(goals, measures).findFirst();
	}
}
