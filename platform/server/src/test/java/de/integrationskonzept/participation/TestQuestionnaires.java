package de.integrationskonzept.participation;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.integrationskonzept.participation.Questionnaire.Condition;
import de.integrationskonzept.participation.Questionnaire.Kind;
import de.integrationskonzept.participation.Questionnaire.Mode;
import de.integrationskonzept.participation.Questionnaire.Scale;
import de.integrationskonzept.participation.Questionnaires.NewQuestion;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Creates questionnaires through the service as an editor: a process whose phases run from 60 days
 * ago to 60 days ahead, and a questionnaire open from {@code from} to {@code to} days after today.
 * The standard questions: 1 single choice Ja/Nein (required), 2 multiple choice shown only if 1 = Ja
 * (required), 3 scale 1–5 (required), 4 free text up to 200 characters (optional).
 */
final class TestQuestionnaires {

	static final List<NewQuestion> STANDARD = List.of(
			new NewQuestion(Kind.SINGLE_CHOICE, "Nutzen Sie Angebote der Integrationsberatung?", true, List.of("Ja", "Nein"), null, null, null),
			new NewQuestion(Kind.MULTIPLE_CHOICE, "Welche Angebote nutzen Sie?", true, List.of("Sprachkurs", "Beratung", "Treffpunkt"), null, null,
					new Condition(1, 1)),
			new NewQuestion(Kind.SCALE, "Wie zufrieden sind Sie mit den Angeboten?", true, List.of(), new Scale(1, 5, "gar nicht", "sehr"), null,
					null),
			new NewQuestion(Kind.FREE_TEXT, "Was fehlt Ihnen?", false, List.of(), null, 200, null));

	private TestQuestionnaires() {
	}

	static Questionnaire create(ParticipationProcesses processes, Questionnaires questionnaires, TenantScope scope, TenantId tenant, Mode mode,
			int from, int to, boolean resultsPublic, List<NewQuestion> questions) {
		ParticipationProcess process = TestProcesses.create(processes, scope, tenant,
				List.of(new Phase(PhaseKind.IDEENSAMMLUNG, TestProcesses.today().minusDays(60), TestProcesses.today().plusDays(60))));
		return TestProcesses.asEditor(scope, tenant, () -> questionnaires.create(new Questionnaires.NewQuestionnaire(process.id(),
				"Fragebogen zur Integrationsberatung", "Ihre Meinung zählt.", TestProcesses.today().plusDays(from),
				TestProcesses.today().plusDays(to), mode, resultsPublic, questions)));
	}

	static Questionnaire open(ParticipationProcesses processes, Questionnaires questionnaires, TenantScope scope, TenantId tenant, Mode mode) {
		return create(processes, questionnaires, scope, tenant, mode, -5, 5, false, STANDARD);
	}

	/** A client address of its own, so the per-address limit of one test does not count another test's responses. */
	static RequestPostProcessor freshAddress() {
		String address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A random browser token as the form's cookie or the API header carries it. */
	static String token() {
		return java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
	}
}
