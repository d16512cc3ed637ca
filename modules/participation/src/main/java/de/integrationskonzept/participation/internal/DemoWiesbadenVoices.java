package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.DemoParticipation.as;
import static de.integrationskonzept.participation.internal.DemoParticipation.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.participation.ExpertRatings;
import de.integrationskonzept.participation.FinalVote;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaires;
import de.integrationskonzept.platform.security.DemoPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * The voices in Wiesbaden's 2020 demo process: a questionnaire during the Ideensammlung, the expert
 * circles per Handlungsfeld rating the goals, and the final vote on one goal per field — then both
 * are closed, as the hourly job would have done. All answers, ratings and votes are examples by demo accounts.
 */
@Component
// Only with the demo Beteiligung, which also needs the demo accounts (DemoPeople exists only then).
@ConditionalOnProperty(name = { "ik.demo.participation-import", "ik.demo.accounts-enabled" }, havingValue = "true")
class DemoWiesbadenVoices {

	private final Questionnaires questionnaires;
	private final ExpertRatings ratings;
	private final FinalVote vote;
	private final Closings closings;
	private final DemoPeople people;

	DemoWiesbadenVoices(Questionnaires questionnaires, ExpertRatings ratings, FinalVote vote, Closings closings, DemoPeople people) {
		this.questionnaires = questionnaires;
		this.ratings = ratings;
		this.vote = vote;
		this.closings = closings;
		this.people = people;
	}

	void load(TenantId tenant, ParticipationProcess process, Edition edition, List<String> citizens, String contributor) {
		Questionnaire questionnaire = HistoricalRecords.callAsOf(LocalDate.of(2020, 5, 25), () -> questionnaire(process));
		HistoricalRecords.runAsOf(LocalDate.of(2020, 7, 10), () -> respond(tenant, questionnaire, citizens));
		List<String> experts = experts();
		HistoricalRecords.runAsOf(LocalDate.of(2020, 8, 25), () -> edition.fields()
			.forEach(field -> experts.forEach(expert -> ratings.invite(process.id(), field.id(), expert))));
		HistoricalRecords.runAsOf(LocalDate.of(2020, 9, 14), () -> rate(tenant, process, experts));
		List<String> voters = new ArrayList<>(experts);
		voters.add(contributor);
		HistoricalRecords.runAsOf(LocalDate.of(2020, 10, 20), () -> configureVote(process, edition, voters));
		HistoricalRecords.runAsOf(LocalDate.of(2020, 11, 10), () -> castVotes(tenant, process, voters));
		closings.closeIfEnded(process, ParticipationProcess.today());
	}

	private List<String> experts() {
		List<String> experts = new ArrayList<>();
		for (int number = 1; number <= 3; number++) {
			experts.add(people.ensure("expertin-" + number, "Expertin " + number + " Wiesbaden", TenantRole.CITIZEN));
		}
		return experts;
	}

	private Questionnaire questionnaire(ParticipationProcess process) {
		List<String> fields = List.of("Bildung & Sprache", "Arbeit", "Gesundheit", "Sport", "Vielfalt – Kultur – Religion");
		return questionnaires.create(new Questionnaires.NewQuestionnaire(process.id(),
				"Fragebogen: Wo sehen Sie Handlungsbedarf?",
				"Kurzer Fragebogen für größere Gruppen (Beispiel): Ihre Einschätzung fließt in die Arbeit der Arbeitsgruppen ein.",
				LocalDate.of(2020, 6, 1), LocalDate.of(2020, 8, 31), Questionnaire.Mode.REGISTERED, true, List.of(
						new Questionnaires.NewQuestion(Questionnaire.Kind.SINGLE_CHOICE,
								"In welchem Handlungsfeld sehen Sie den größten Handlungsbedarf?", true, fields, null, null, null),
						new Questionnaires.NewQuestion(Questionnaire.Kind.SCALE,
								"Wie gut fühlen Sie sich über die Integrationsangebote in Wiesbaden informiert?", true, List.of(),
								new Questionnaire.Scale(1, 5, "gar nicht", "sehr gut"), null, null),
						new Questionnaires.NewQuestion(Questionnaire.Kind.FREE_TEXT, "Was sollte das Integrationskonzept 2021–2025 "
								+ "unbedingt enthalten?", false, List.of(), null, 1000, null))));
	}

	/** Four example responses by demo citizens, in July 2020. */
	private void respond(TenantId tenant, Questionnaire questionnaire, List<String> citizens) {
		int[][] answers = { { 1, 3 }, { 2, 2 }, { 1, 4 }, { 3, 2 } };
		String[] texts = { "Mehr Sprachkurse mit Kinderbetreuung.", "", "Angebote auch abends und am Wochenende.", "" };
		for (int index = 0; index < answers.length; index++) {
			Map<Integer, Questionnaires.Answer> response = new LinkedHashMap<>();
			response.put(1, new Questionnaires.Answer(List.of(answers[index][0]), null, null));
			response.put(2, new Questionnaires.Answer(List.of(), answers[index][1], null));
			if (!texts[index].isEmpty()) {
				response.put(3, new Questionnaires.Answer(List.of(), null, texts[index]));
			}
			run(tenant, citizens.get(index), TenantRole.CITIZEN, () -> questionnaires.respond(questionnaire.id(), null, response));
		}
	}

	/** Each expert rates the first goal of every field; a few with a comment. Values are spread, not random, so restarts agree. */
	private void rate(TenantId tenant, ParticipationProcess process, List<String> experts) {
		for (int expert = 0; expert < experts.size(); expert++) {
			int shift = expert;
			run(tenant, experts.get(expert), TenantRole.CITIZEN, () -> {
				for (ExpertRatings.ExpertField field : ratings.mine(process.id())) {
					if (field.goals().isEmpty()) {
						continue;
					}
					int relevance = 3 + (shift + field.goals().size()) % 3;
					int feasibility = 2 + (shift * 2 + field.fieldName().length()) % 4;
					String comment = shift == 0 ? "Beispielbewertung: wichtig, braucht aber feste Ansprechpersonen." : null;
					ratings.rate(process.id(), field.goals().get(0).id(), new ExpertRatings.NewRating(relevance, feasibility, comment));
				}
			});
		}
	}

	private void configureVote(ParticipationProcess process, Edition edition, List<String> voters) {
		List<UUID> goals = edition.fields().stream().filter(field -> !field.goals().isEmpty()).map(field -> field.goals().get(0).id()).toList();
		vote.configure(process.id(), FinalVote.VoterMode.INVITED, goals);
		voters.forEach(voter -> vote.addVoter(process.id(), voter));
	}

	private void castVotes(TenantId tenant, ParticipationProcess process, List<String> voters) {
		for (int index = 0; index < voters.size(); index++) {
			FinalVote.Choice choice = index == voters.size() - 1 ? FinalVote.Choice.ENTHALTUNG : FinalVote.Choice.ZUSTIMMUNG;
			as(tenant, voters.get(index), TenantRole.CITIZEN, () -> {
				Map<UUID, FinalVote.Choice> choices = new LinkedHashMap<>();
				vote.ballot(process.id()).items().forEach(item -> choices.put(item.goalId(), choice));
				return vote.vote(process.id(), choices);
			});
		}
	}
}
