package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.ATTACHMENT;
import static de.integrationskonzept.participation.internal.db.Tables.CONTENT_REPORT;
import static de.integrationskonzept.participation.internal.db.Tables.EXPERT;
import static de.integrationskonzept.participation.internal.db.Tables.GOAL_SUGGESTION;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA_COMMENT;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA_SUPPORT;
import static de.integrationskonzept.participation.internal.db.Tables.PHASE;
import static de.integrationskonzept.participation.internal.db.Tables.QUESTIONNAIRE;
import static de.integrationskonzept.participation.internal.db.Tables.QUESTIONNAIRE_RESPONSE;
import static de.integrationskonzept.participation.internal.db.Tables.RATING;
import static de.integrationskonzept.participation.internal.db.Tables.VOTE;
import static de.integrationskonzept.participation.internal.db.Tables.VOTER;
import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP;
import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP_MEETING;
import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP_MEMBER;
import static de.integrationskonzept.participation.internal.db.Tables.WORKSHOP;
import static de.integrationskonzept.participation.internal.db.Tables.WORKSHOP_REGISTRATION;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.platform.persistence.CrossTenantOperations;
import de.integrationskonzept.platform.persistence.ExclusiveJobs;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Storage limitation (GDPR Art. 5(1)(e)): once a Beteiligungsverfahren's last phase ended longer
 * ago than {@code ik.participation.retention} (default one year), every link between its
 * contributions and people is cut — authors, supporters, reporters, raters, voters, registrants,
 * respondents, group members, uploaders. Ideas, comments, ratings, votes and answers stay, so
 * results and the record of the process do not change. Runs nightly, tenant by tenant.
 */
@Component
public class ParticipationRetention {

	static final String ACTOR = "system:participation-retention";

	private final CrossTenantOperations crossTenant;
	private final Tenants tenants;
	private final DSLContext dsl;
	private final Duration retention;

	private final ExclusiveJobs jobs;

	ParticipationRetention(ExclusiveJobs jobs, CrossTenantOperations crossTenant, Tenants tenants, DSLContext dsl,
			@Value("${ik.participation.retention:P365D}") Duration retention) {
		this.jobs = jobs;
		this.crossTenant = crossTenant;
		this.tenants = tenants;
		this.dsl = dsl;
		this.retention = retention;
	}

	@Scheduled(cron = "${ik.participation.retention-cron:0 50 3 * * *}", zone = "Europe/Berlin")
	void nightly() {
		jobs.runExclusively("participation.retention", () -> anonymiseEnded(ParticipationProcess.today()));
	}

	/** Anonymises, in every active tenant, the processes that ended before {@code today} minus the retention. */
	public List<TenantId> anonymiseEnded(LocalDate today) {
		return anonymiseEnded(today, tenants.findActive().stream().map(Tenant::id).toList());
	}

	/** The same for the given tenants; answers those whose data changed. */
	public List<TenantId> anonymiseEnded(LocalDate today, Collection<TenantId> tenantIds) {
		LocalDate endedBefore = today.minusDays(retention.toDays());
		return crossTenant.forEachTenant(ACTOR, "Personenbezug abgeschlossener Beteiligungsverfahren nach " + retention.toDays()
				+ " Tagen entfernen", tenantIds, tenant -> anonymise(endedBefore) > 0);
	}

	private int anonymise(LocalDate endedBefore) {
		List<UUID> processes = dsl.select(PHASE.PROCESS_ID).from(PHASE).groupBy(PHASE.PROCESS_ID)
			.having(DSL.max(PHASE.ENDS_ON).lt(endedBefore)).fetch(PHASE.PROCESS_ID);
		if (processes.isEmpty()) {
			return 0;
		}
		var ideas = dsl.select(IDEA.ID).from(IDEA).where(anyOf(IDEA.PROCESS_ID, processes));
		var workshops = dsl.select(WORKSHOP.ID).from(WORKSHOP).where(anyOf(WORKSHOP.PROCESS_ID, processes));
		var questionnaires = dsl.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE).where(anyOf(QUESTIONNAIRE.PROCESS_ID, processes));
		var groups = dsl.select(WORKING_GROUP.ID).from(WORKING_GROUP).where(anyOf(WORKING_GROUP.PROCESS_ID, processes));
		return dsl.update(IDEA).setNull(IDEA.AUTHOR_ID).where(anyOf(IDEA.PROCESS_ID, processes), IDEA.AUTHOR_ID.isNotNull()).execute()
				+ dsl.update(IDEA_SUPPORT).setNull(IDEA_SUPPORT.SUPPORTER_ID).where(IDEA_SUPPORT.IDEA_ID.in(ideas), IDEA_SUPPORT.SUPPORTER_ID.isNotNull()).execute()
				+ dsl.update(IDEA_COMMENT).setNull(IDEA_COMMENT.AUTHOR_ID).where(IDEA_COMMENT.IDEA_ID.in(ideas), IDEA_COMMENT.AUTHOR_ID.isNotNull()).execute()
				+ dsl.update(CONTENT_REPORT).setNull(CONTENT_REPORT.REPORTER_ID).where(CONTENT_REPORT.REPORTER_ID.isNotNull(),
						CONTENT_REPORT.IDEA_ID.in(ideas).or(CONTENT_REPORT.COMMENT_ID.in(
								dsl.select(IDEA_COMMENT.ID).from(IDEA_COMMENT).where(IDEA_COMMENT.IDEA_ID.in(ideas))))).execute()
				+ dsl.update(WORKSHOP_REGISTRATION).setNull(WORKSHOP_REGISTRATION.ACCOUNT_ID)
					.where(WORKSHOP_REGISTRATION.WORKSHOP_ID.in(workshops), WORKSHOP_REGISTRATION.ACCOUNT_ID.isNotNull()).execute()
				+ dsl.update(QUESTIONNAIRE_RESPONSE).setNull(QUESTIONNAIRE_RESPONSE.ACCOUNT_ID)
					.where(QUESTIONNAIRE_RESPONSE.QUESTIONNAIRE_ID.in(questionnaires), QUESTIONNAIRE_RESPONSE.ACCOUNT_ID.isNotNull()).execute()
				+ dsl.update(RATING).setNull(RATING.EXPERT).where(anyOf(RATING.PROCESS_ID, processes), RATING.EXPERT.isNotNull()).execute()
				+ dsl.update(VOTE).setNull(VOTE.VOTER).where(anyOf(VOTE.PROCESS_ID, processes), VOTE.VOTER.isNotNull()).execute()
				+ dsl.deleteFrom(EXPERT).where(anyOf(EXPERT.PROCESS_ID, processes)).execute()
				+ dsl.deleteFrom(VOTER).where(anyOf(VOTER.PROCESS_ID, processes)).execute()
				+ dsl.deleteFrom(WORKING_GROUP_MEMBER).where(WORKING_GROUP_MEMBER.GROUP_ID.in(groups)).execute()
				+ dsl.update(WORKING_GROUP).setNull(WORKING_GROUP.CREATED_BY).where(WORKING_GROUP.ID.in(groups), WORKING_GROUP.CREATED_BY.isNotNull()).execute()
				+ dsl.update(WORKING_GROUP_MEETING).setNull(WORKING_GROUP_MEETING.CREATED_BY)
					.where(WORKING_GROUP_MEETING.GROUP_ID.in(groups), WORKING_GROUP_MEETING.CREATED_BY.isNotNull()).execute()
				+ dsl.update(GOAL_SUGGESTION).setNull(GOAL_SUGGESTION.PROPOSED_BY).setNull(GOAL_SUGGESTION.DECIDED_BY)
					.where(GOAL_SUGGESTION.GROUP_ID.in(groups), GOAL_SUGGESTION.PROPOSED_BY.isNotNull().or(GOAL_SUGGESTION.DECIDED_BY.isNotNull())).execute()
				+ dsl.update(ATTACHMENT).setNull(ATTACHMENT.UPLOADED_BY).where(ATTACHMENT.UPLOADED_BY.isNotNull(),
						ATTACHMENT.OWNER_ID.in(workshops).or(ATTACHMENT.OWNER_ID.in(dsl.select(WORKING_GROUP_MEETING.ID).from(WORKING_GROUP_MEETING)
							.where(WORKING_GROUP_MEETING.GROUP_ID.in(groups))))).execute();
	}
}
