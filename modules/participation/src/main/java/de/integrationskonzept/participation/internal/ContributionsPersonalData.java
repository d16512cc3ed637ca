package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.CONTENT_REPORT;
import static de.integrationskonzept.participation.internal.db.Tables.GOAL_SUGGESTION;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA_COMMENT;
import static de.integrationskonzept.participation.internal.db.Tables.IDEA_SUPPORT;
import static de.integrationskonzept.participation.internal.db.Tables.QUESTION;
import static de.integrationskonzept.participation.internal.db.Tables.QUESTIONNAIRE;
import static de.integrationskonzept.participation.internal.db.Tables.QUESTIONNAIRE_ANSWER;
import static de.integrationskonzept.participation.internal.db.Tables.QUESTIONNAIRE_RESPONSE;
import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP;
import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP_MEMBER;
import static de.integrationskonzept.participation.internal.db.Tables.WORKSHOP;
import static de.integrationskonzept.participation.internal.db.Tables.WORKSHOP_REGISTRATION;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import de.integrationskonzept.participation.Workshops;
import de.integrationskonzept.platform.security.PersonalData;

/**
 * A person's own contributions for the data export: ideas, support, comments, reports, workshop
 * registrations, questionnaire responses (registered mode; anonymous ones cannot be tied to
 * anyone), working group memberships and goal suggestions. Before the account is deleted, its
 * registrations for workshops still to come are cancelled, so the seats go to the waiting list;
 * everything else stays, anonymous ({@code on delete set null}).
 */
@Component
class ContributionsPersonalData implements PersonalData {

	private final DSLContext dsl;
	private final Workshops workshops;
	private final WorkshopRows rows;
	private final WorkshopSeats seats;

	ContributionsPersonalData(DSLContext dsl, Workshops workshops, WorkshopRows rows, WorkshopSeats seats) {
		this.dsl = dsl;
		this.workshops = workshops;
		this.rows = rows;
		this.seats = seats;
	}

	@Override
	public String section() {
		return "participation-contributions";
	}

	@Override
	public Map<String, Object> export(UUID account) {
		Map<String, Object> data = new LinkedHashMap<>();
		put(data, "ideas", dsl.select(IDEA.PROCESS_ID, IDEA.TITLE, IDEA.TEXT, IDEA.FIELD, IDEA.LOCATION, IDEA.STATUS, IDEA.STATUS_REASON,
				IDEA.CONSENT_VERSION, IDEA.SUBMITTED_AT).from(IDEA).where(IDEA.AUTHOR_ID.eq(account)).fetch(ContributionsPersonalData::asMap));
		put(data, "supports", dsl.select(IDEA_SUPPORT.IDEA_ID, IDEA_SUPPORT.SUPPORTED_AT).from(IDEA_SUPPORT)
			.where(IDEA_SUPPORT.SUPPORTER_ID.eq(account)).fetch(ContributionsPersonalData::asMap));
		put(data, "comments", dsl.select(IDEA_COMMENT.IDEA_ID, IDEA_COMMENT.TEXT, IDEA_COMMENT.CREATED_AT).from(IDEA_COMMENT)
			.where(IDEA_COMMENT.AUTHOR_ID.eq(account)).fetch(ContributionsPersonalData::asMap));
		put(data, "reports", dsl.select(CONTENT_REPORT.IDEA_ID, CONTENT_REPORT.COMMENT_ID, CONTENT_REPORT.REASON, CONTENT_REPORT.REPORTED_AT)
			.from(CONTENT_REPORT).where(CONTENT_REPORT.REPORTER_ID.eq(account)).fetch(ContributionsPersonalData::asMap));
		put(data, "workshopRegistrations", dsl.select(WORKSHOP.TITLE, WORKSHOP.STARTS_AT, WORKSHOP_REGISTRATION.STATUS,
				WORKSHOP_REGISTRATION.REGISTERED_AT).from(WORKSHOP_REGISTRATION).join(WORKSHOP)
			.on(WORKSHOP.TENANT_ID.eq(WORKSHOP_REGISTRATION.TENANT_ID), WORKSHOP.ID.eq(WORKSHOP_REGISTRATION.WORKSHOP_ID))
			.where(WORKSHOP_REGISTRATION.ACCOUNT_ID.eq(account)).fetch(ContributionsPersonalData::asMap));
		put(data, "questionnaireAnswers", dsl.select(QUESTIONNAIRE.TITLE, QUESTION.TEXT, QUESTIONNAIRE_ANSWER.CHOICES, QUESTIONNAIRE_ANSWER.SCALE_VALUE,
				QUESTIONNAIRE_ANSWER.TEXT.as("answer"), QUESTIONNAIRE_RESPONSE.SUBMITTED_AT).from(QUESTIONNAIRE_RESPONSE)
			.join(QUESTIONNAIRE).on(QUESTIONNAIRE.TENANT_ID.eq(QUESTIONNAIRE_RESPONSE.TENANT_ID), QUESTIONNAIRE.ID.eq(QUESTIONNAIRE_RESPONSE.QUESTIONNAIRE_ID))
			.join(QUESTIONNAIRE_ANSWER).on(QUESTIONNAIRE_ANSWER.TENANT_ID.eq(QUESTIONNAIRE_RESPONSE.TENANT_ID),
					QUESTIONNAIRE_ANSWER.RESPONSE_ID.eq(QUESTIONNAIRE_RESPONSE.ID))
			.join(QUESTION).on(QUESTION.TENANT_ID.eq(QUESTIONNAIRE_ANSWER.TENANT_ID), QUESTION.QUESTIONNAIRE_ID.eq(QUESTIONNAIRE_ANSWER.QUESTIONNAIRE_ID),
					QUESTION.NUMBER.eq(QUESTIONNAIRE_ANSWER.QUESTION_NUMBER))
			.where(QUESTIONNAIRE_RESPONSE.ACCOUNT_ID.eq(account)).orderBy(QUESTIONNAIRE_RESPONSE.SUBMITTED_AT, QUESTION.NUMBER)
			.fetch(ContributionsPersonalData::asMap));
		put(data, "workingGroups", dsl.select(WORKING_GROUP.NAME, WORKING_GROUP.FIELD_NAME, WORKING_GROUP_MEMBER.ROLE, WORKING_GROUP_MEMBER.ADDED_AT)
			.from(WORKING_GROUP_MEMBER).join(WORKING_GROUP)
			.on(WORKING_GROUP.TENANT_ID.eq(WORKING_GROUP_MEMBER.TENANT_ID), WORKING_GROUP.ID.eq(WORKING_GROUP_MEMBER.GROUP_ID))
			.where(WORKING_GROUP_MEMBER.ACCOUNT_ID.eq(account)).fetch(ContributionsPersonalData::asMap));
		put(data, "goalSuggestions", dsl.select(GOAL_SUGGESTION.TITLE, GOAL_SUGGESTION.DESCRIPTION, GOAL_SUGGESTION.STATUS,
				GOAL_SUGGESTION.REJECTION_REASON, GOAL_SUGGESTION.PROPOSED_AT).from(GOAL_SUGGESTION)
			.where(GOAL_SUGGESTION.PROPOSED_BY.eq(account)).fetch(ContributionsPersonalData::asMap));
		return data;
	}

	@Override
	public void beforeAccountDeletion(UUID account) {
		var upcoming = dsl.select(WORKSHOP.PROCESS_ID, WORKSHOP.ID).from(WORKSHOP_REGISTRATION).join(WORKSHOP)
			.on(WORKSHOP.TENANT_ID.eq(WORKSHOP_REGISTRATION.TENANT_ID), WORKSHOP.ID.eq(WORKSHOP_REGISTRATION.WORKSHOP_ID))
			.where(WORKSHOP_REGISTRATION.ACCOUNT_ID.eq(account), WORKSHOP.STARTS_AT.gt(OffsetDateTime.now())).fetch();
		for (var workshop : upcoming) {
			rows.lock(workshop.value1(), workshop.value2());
			seats.cancel(workshops.get(workshop.value1(), workshop.value2()), account);
		}
	}

	private static void put(Map<String, Object> data, String name, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			data.put(name, rows);
		}
	}

	private static Map<String, Object> asMap(Record row) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (var field : row.fields()) {
			Object value = row.get(field);
			if (value != null) {
				map.put(field.getName(), value instanceof Object[] array ? List.of(array) : value);
			}
		}
		return map;
	}
}
