package de.integrationskonzept.participation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.participation.ParticipationEvents;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaire.Question;
import de.integrationskonzept.participation.QuestionnaireResults;
import de.integrationskonzept.participation.Questionnaires;
import de.integrationskonzept.participation.internal.AnswerRules.Checked;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.RateLimits;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqQuestionnaires implements Questionnaires {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final QuestionnaireRepository repository;
	private final ParticipationProcesses processes;
	private final CurrentAccount currentAccount;
	private final RateLimits rateLimits;
	private final RateLimits.Limit anonymousLimit;
	private final ApplicationEventPublisher events;

	JooqQuestionnaires(QuestionnaireRepository repository, ParticipationProcesses processes, CurrentAccount currentAccount,
			RateLimits rateLimits, ApplicationEventPublisher events,
			@Value("${ik.participation.questionnaire.anonymous-responses-per-hour:20}") int anonymousPerHour) {
		this.repository = repository;
		this.processes = processes;
		this.currentAccount = currentAccount;
		this.rateLimits = rateLimits;
		this.events = events;
		this.anonymousLimit = new RateLimits.Limit("questionnaire-response", anonymousPerHour, Duration.ofHours(1));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Questionnaire> list() {
		return repository.list(null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Questionnaire> of(UUID processId) {
		processes.get(processId);
		return repository.list(processId);
	}

	@Override
	@Transactional(readOnly = true)
	public Questionnaire get(UUID id) {
		return repository.find(id).orElseThrow(() -> new ParticipationProblems.QuestionnaireNotFound(id));
	}

	@Override
	public Questionnaire create(NewQuestionnaire draft) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		if (draft.processId() == null) {
			throw new ParticipationProblems.Invalid(Map.of("processId", "Bitte wählen Sie das Beteiligungsverfahren des Fragebogens."));
		}
		ParticipationProcess process = processes.get(draft.processId());
		Map<String, String> problems = QuestionnaireRules.check(draft, process);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		List<NewQuestion> drafts = draft.questions();
		List<Question> questions = IntStream.range(0, drafts.size()).mapToObj(i -> question(i + 1, drafts.get(i))).toList();
		Questionnaire questionnaire = new Questionnaire(UUID.randomUUID(), process.id(), draft.title().strip(),
				draft.introduction() == null ? "" : draft.introduction().strip(), draft.opensOn(), draft.closesOn(), draft.mode(),
				draft.resultsPublic(), questions);
		repository.insert(questionnaire);
		return get(questionnaire.id());
	}

	private static Question question(int number, NewQuestion draft) {
		Questionnaire.Kind kind = draft.kind();
		Questionnaire.Scale scale = kind == Questionnaire.Kind.SCALE ? new Questionnaire.Scale(draft.scale().min(), draft.scale().max(),
				draft.scale().minLabel().strip(), draft.scale().maxLabel().strip()) : null;
		List<String> options = kind.isChoice() ? draft.options().stream().map(String::strip).toList() : List.of();
		return new Question(number, kind, draft.text().strip(), draft.required(), options, scale,
				kind == Questionnaire.Kind.FREE_TEXT ? draft.maxLength() : null, draft.showIf());
	}

	@Override
	public Questionnaire publishResults(UUID id, boolean resultsPublic) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		get(id);
		repository.setResultsPublic(id, resultsPublic);
		return get(id);
	}

	@Override
	public Submitted respond(UUID id, Respondent respondent, Map<Integer, Answer> answers) {
		Questionnaire questionnaire = get(id);
		requireOpen(questionnaire, ParticipationProcess.today());
		UUID account = null;
		String tokenHash = null;
		if (questionnaire.mode() == Questionnaire.Mode.REGISTERED) {
			AccessControl.requireTenantRole(TenantRole.CITIZEN);
			account = currentAccount.require();
		}
		else {
			tokenHash = tokenHash(id, respondent == null ? null : respondent.browserToken());
			String client = respondent.clientAddress() == null ? "" : respondent.clientAddress();
			if (rateLimits.reached(anonymousLimit, client)) {
				throw new ParticipationProblems.TooMany("Von Ihrem Anschluss kamen in der letzten Stunde schon " + anonymousLimit.max()
						+ " Antworten auf Fragebögen. Bitte versuchen Sie es später noch einmal.");
			}
		}
		if (repository.hasResponse(id, account, tokenHash)) {
			throw alreadyDone(account);
		}
		Checked checked = AnswerRules.check(questionnaire, answers);
		if (!checked.problems().isEmpty()) {
			throw new ParticipationProblems.Invalid(checked.problems());
		}
		UUID responseId = UUID.randomUUID();
		if (!repository.insertResponse(id, responseId, account, tokenHash, checked.kept())) {
			throw alreadyDone(account);
		}
		if (tokenHash != null) {
			rateLimits.record(anonymousLimit, respondent.clientAddress() == null ? "" : respondent.clientAddress());
		}
		events.publishEvent(new ParticipationEvents.QuestionnaireAnswered(TenantContext.require(), id, responseId));
		return new Submitted(responseId, checked.dropped());
	}

	private static ParticipationProblems.AlreadyDone alreadyDone(UUID account) {
		return new ParticipationProblems.AlreadyDone(account != null ? "Sie haben diesen Fragebogen bereits beantwortet."
				: "Dieser Fragebogen wurde in diesem Browser bereits beantwortet.");
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasResponded(UUID id, Respondent respondent) {
		Questionnaire questionnaire = get(id);
		if (questionnaire.mode() == Questionnaire.Mode.REGISTERED) {
			return currentAccount.id().map(account -> repository.hasResponse(id, account, null)).orElse(false);
		}
		String token = respondent == null ? null : respondent.browserToken();
		return token != null && token.length() >= 22 && token.length() <= 200 && repository.hasResponse(id, null, tokenHash(id, token));
	}

	/** Responses only from the first to the last day (Europe/Berlin); the service refuses before and after. */
	static void requireOpen(Questionnaire questionnaire, LocalDate today) {
		if (today.isBefore(questionnaire.opensOn())) {
			throw new ParticipationProblems.PhaseClosed("Der Fragebogen ist erst ab dem " + DAY.format(questionnaire.opensOn())
					+ " geöffnet. Bis dahin können noch keine Antworten abgegeben werden.");
		}
		if (questionnaire.isClosedOn(today)) {
			throw new ParticipationProblems.PhaseClosed("Der Fragebogen wurde am " + DAY.format(questionnaire.closesOn())
					+ " geschlossen. Antworten sind nicht mehr möglich.");
		}
	}

	/**
	 * The stored form of a browser token: SHA-256 over questionnaire and token, so responses to different
	 * questionnaires from one browser cannot be linked. The token is random (at least 128 bits), so a
	 * plain hash cannot be reversed by trying.
	 */
	static String tokenHash(UUID questionnaireId, String browserToken) {
		if (browserToken == null || browserToken.length() < 22 || browserToken.length() > 200) {
			throw new ParticipationProblems.Invalid(Map.of("respondentToken",
					"Ohne Browser-Kennung (ein Zufallswert von mindestens 22 Zeichen) kann ein anonymer Fragebogen nicht beantwortet werden."));
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((questionnaireId + "|" + browserToken).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public QuestionnaireResults results(UUID id) {
		Questionnaire questionnaire = get(id);
		boolean editor = AccessControl.hasTenantRole(TenantRole.EDITOR);
		if (!editor && !questionnaire.resultsPublicOn(ParticipationProcess.today())) {
			throw new AccessDeniedException("results of questionnaire " + id + " are not public");
		}
		return QuestionnaireEvaluation.results(questionnaire, repository.responses(id), editor);
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] responsesCsv(UUID id) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		return QuestionnaireEvaluation.csv(get(id), repository.responses(id));
	}
}
