package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.QUESTION;
import static de.integrationskonzept.participation.internal.db.Tables.QUESTIONNAIRE;
import static de.integrationskonzept.participation.internal.db.Tables.QUESTIONNAIRE_ANSWER;
import static de.integrationskonzept.participation.internal.db.Tables.QUESTIONNAIRE_RESPONSE;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaire.Question;
import de.integrationskonzept.participation.Questionnaires.Answer;
import de.integrationskonzept.participation.internal.db.tables.records.QuestionRecord;
import de.integrationskonzept.participation.internal.db.tables.records.QuestionnaireRecord;
import de.integrationskonzept.platform.tenancy.TenantContext;

/** Questionnaires, their questions and responses in PostgreSQL; the tenant comes from the transaction (RLS). */
@Repository
class QuestionnaireRepository {

	/** A stored response: when (for ordering) and its answers by question number. */
	record StoredResponse(UUID id, OffsetDateTime submittedAt, Map<Integer, Answer> answers) {
	}

	private final DSLContext dsl;

	QuestionnaireRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(Questionnaire questionnaire) {
		UUID tenant = TenantContext.require().value();
		dsl.insertInto(QUESTIONNAIRE)
			.set(QUESTIONNAIRE.TENANT_ID, tenant)
			.set(QUESTIONNAIRE.ID, questionnaire.id())
			.set(QUESTIONNAIRE.PROCESS_ID, questionnaire.processId())
			.set(QUESTIONNAIRE.TITLE, questionnaire.title())
			.set(QUESTIONNAIRE.INTRODUCTION, questionnaire.introduction())
			.set(QUESTIONNAIRE.OPENS_ON, questionnaire.opensOn())
			.set(QUESTIONNAIRE.CLOSES_ON, questionnaire.closesOn())
			.set(QUESTIONNAIRE.MODE, questionnaire.mode().name())
			.set(QUESTIONNAIRE.RESULTS_PUBLIC, questionnaire.resultsPublic())
			.execute();
		for (Question question : questionnaire.questions()) {
			var scale = question.scale();
			dsl.insertInto(QUESTION)
				.set(QUESTION.TENANT_ID, tenant)
				.set(QUESTION.QUESTIONNAIRE_ID, questionnaire.id())
				.set(QUESTION.NUMBER, question.number())
				.set(QUESTION.KIND, question.kind().name())
				.set(QUESTION.TEXT, question.text())
				.set(QUESTION.REQUIRED, question.required())
				.set(QUESTION.OPTIONS, question.options().toArray(String[]::new))
				.set(QUESTION.SCALE_MIN, scale == null ? null : scale.min())
				.set(QUESTION.SCALE_MAX, scale == null ? null : scale.max())
				.set(QUESTION.SCALE_MIN_LABEL, scale == null ? null : scale.minLabel())
				.set(QUESTION.SCALE_MAX_LABEL, scale == null ? null : scale.maxLabel())
				.set(QUESTION.MAX_LENGTH, question.maxLength())
				.set(QUESTION.SHOW_IF_QUESTION, question.showIf() == null ? null : question.showIf().question())
				.set(QUESTION.SHOW_IF_OPTION, question.showIf() == null ? null : question.showIf().option())
				.execute();
		}
	}

	Optional<Questionnaire> find(UUID id) {
		return load(QUESTIONNAIRE.ID.eq(id)).stream().findFirst();
	}

	List<Questionnaire> list(UUID processId) {
		return load(processId == null ? DSL.noCondition() : QUESTIONNAIRE.PROCESS_ID.eq(processId));
	}

	void setResultsPublic(UUID id, boolean resultsPublic) {
		dsl.update(QUESTIONNAIRE).set(QUESTIONNAIRE.RESULTS_PUBLIC, resultsPublic).where(QUESTIONNAIRE.ID.eq(id)).execute();
	}

	/**
	 * Stores a response with its answers, unless this account or browser already responded (the unique
	 * indexes decide, so two parallel submissions cannot both succeed); answers whether it was stored.
	 */
	boolean insertResponse(UUID questionnaireId, UUID responseId, UUID accountId, String browserTokenHash, Map<Integer, Answer> answers) {
		UUID tenant = TenantContext.require().value();
		int inserted = dsl.insertInto(QUESTIONNAIRE_RESPONSE)
			.set(QUESTIONNAIRE_RESPONSE.TENANT_ID, tenant)
			.set(QUESTIONNAIRE_RESPONSE.ID, responseId)
			.set(QUESTIONNAIRE_RESPONSE.QUESTIONNAIRE_ID, questionnaireId)
			.set(QUESTIONNAIRE_RESPONSE.ACCOUNT_ID, accountId)
			.set(QUESTIONNAIRE_RESPONSE.BROWSER_TOKEN_HASH, browserTokenHash)
			.onConflictDoNothing()
			.execute();
		if (inserted == 0) {
			return false;
		}
		answers.forEach((number, answer) -> dsl.insertInto(QUESTIONNAIRE_ANSWER)
			.set(QUESTIONNAIRE_ANSWER.TENANT_ID, tenant)
			.set(QUESTIONNAIRE_ANSWER.RESPONSE_ID, responseId)
			.set(QUESTIONNAIRE_ANSWER.QUESTIONNAIRE_ID, questionnaireId)
			.set(QUESTIONNAIRE_ANSWER.QUESTION_NUMBER, number)
			.set(QUESTIONNAIRE_ANSWER.CHOICES, answer.options().toArray(Integer[]::new))
			.set(QUESTIONNAIRE_ANSWER.SCALE_VALUE, answer.value())
			.set(QUESTIONNAIRE_ANSWER.TEXT, answer.text())
			.execute());
		return true;
	}

	/** Whether this account (or else this browser token hash) already responded. */
	boolean hasResponse(UUID questionnaireId, UUID accountId, String browserTokenHash) {
		return dsl.fetchExists(QUESTIONNAIRE_RESPONSE, QUESTIONNAIRE_RESPONSE.QUESTIONNAIRE_ID.eq(questionnaireId),
				accountId != null ? QUESTIONNAIRE_RESPONSE.ACCOUNT_ID.eq(accountId) : QUESTIONNAIRE_RESPONSE.BROWSER_TOKEN_HASH.eq(browserTokenHash));
	}

	/** All responses of a questionnaire in the order they arrived. */
	List<StoredResponse> responses(UUID questionnaireId) {
		Map<UUID, Map<Integer, Answer>> answers = dsl.selectFrom(QUESTIONNAIRE_ANSWER)
			.where(QUESTIONNAIRE_ANSWER.QUESTIONNAIRE_ID.eq(questionnaireId))
			.orderBy(QUESTIONNAIRE_ANSWER.QUESTION_NUMBER)
			.fetch().stream()
			.collect(Collectors.groupingBy(row -> row.getResponseId(), Collectors.toMap(row -> row.getQuestionNumber(),
					row -> new Answer(Arrays.asList(row.getChoices()), row.getScaleValue(), row.getText()), (a, b) -> a, LinkedHashMap::new)));
		return dsl.select(QUESTIONNAIRE_RESPONSE.ID, QUESTIONNAIRE_RESPONSE.SUBMITTED_AT).from(QUESTIONNAIRE_RESPONSE)
			.where(QUESTIONNAIRE_RESPONSE.QUESTIONNAIRE_ID.eq(questionnaireId))
			.orderBy(QUESTIONNAIRE_RESPONSE.SUBMITTED_AT, QUESTIONNAIRE_RESPONSE.ID)
			.fetch(row -> new StoredResponse(row.value1(), row.value2(), answers.getOrDefault(row.value1(), Map.of())));
	}

	private List<Questionnaire> load(Condition condition) {
		List<QuestionnaireRecord> rows = dsl.selectFrom(QUESTIONNAIRE).where(condition)
			.orderBy(QUESTIONNAIRE.CREATED_AT.desc(), QUESTIONNAIRE.ID).fetch();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Question>> questions = dsl.selectFrom(QUESTION)
			.where(anyOf(QUESTION.QUESTIONNAIRE_ID, rows.stream().map(QuestionnaireRecord::getId).toList()))
			.orderBy(QUESTION.QUESTIONNAIRE_ID, QUESTION.NUMBER)
			.fetch().stream()
			.collect(Collectors.groupingBy(QuestionRecord::getQuestionnaireId, Collectors.mapping(QuestionnaireRepository::toQuestion,
					Collectors.toList())));
		return rows.stream().map(row -> new Questionnaire(row.getId(), row.getProcessId(), row.getTitle(), row.getIntroduction(),
				row.getOpensOn(), row.getClosesOn(), Questionnaire.Mode.valueOf(row.getMode()), row.getResultsPublic(),
				questions.getOrDefault(row.getId(), List.of()))).toList();
	}

	private static Question toQuestion(QuestionRecord row) {
		Questionnaire.Scale scale = row.getScaleMin() == null ? null
				: new Questionnaire.Scale(row.getScaleMin(), row.getScaleMax(), row.getScaleMinLabel(), row.getScaleMaxLabel());
		Questionnaire.Condition showIf = row.getShowIfQuestion() == null ? null
				: new Questionnaire.Condition(row.getShowIfQuestion(), row.getShowIfOption());
		return new Question(row.getNumber(), Questionnaire.Kind.valueOf(row.getKind()), row.getText(), row.getRequired(),
				Arrays.asList(row.getOptions()), scale, row.getMaxLength(), showIf);
	}
}
