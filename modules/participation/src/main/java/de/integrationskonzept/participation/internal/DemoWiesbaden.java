package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.DemoParticipation.as;
import static de.integrationskonzept.participation.internal.DemoParticipation.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.participation.IdeaStatus;
import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.participation.WorkingGroup;
import de.integrationskonzept.participation.WorkingGroups;
import de.integrationskonzept.platform.security.DemoPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Wiesbaden's Beteiligung of 2020 for the Integrationskonzept 2021–2025 (seed: the city's page):
 * working groups per Handlungsfeld, ideas until the end of August, expert circles rating the goals,
 * questionnaires for larger groups and a final vote before the goals entered the concept. The
 * process and its order are real; ideas, ratings, responses and votes are examples by demo accounts.
 */
@Component
// Only with the demo Beteiligung, which also needs the demo accounts (DemoPeople exists only then).
@ConditionalOnProperty(name = { "ik.demo.participation-import", "ik.demo.accounts-enabled" }, havingValue = "true")
class DemoWiesbaden {

	static final String TENANT = "wiesbaden";
	static final EditionId EDITION = EditionId.of("1aa46193-781a-450a-a389-0bb67d533684");
	static final String TITLE = "Beteiligung zum Integrationskonzept 2021–2025";
	/** "Zugang zu Ausbildung und Beschäftigung verbessern" (Handlungsfeld Arbeit), which an example idea became part of. */
	static final UUID ACCESS_TO_WORK = UUID.fromString("3f1b744a-337a-48b4-a2a5-800463e13b98");

	private static final String DESCRIPTION = "Das Amt für Zuwanderung und Integration hat das Integrationskonzept 2021–2025 "
			+ "2020 gemeinsam mit der Stadtgesellschaft erarbeitet: Arbeitsgruppen je Handlungsfeld gingen auf Akteure und Träger zu, "
			+ "Expertenkreise bewerteten die Ziele, größere Gruppen beantworteten Fragebögen, und bis Ende August konnten alle "
			+ "ihre Ideen einbringen. Nach der finalen Abstimmung wurden die Handlungsziele in das Konzept aufgenommen. "
			+ "Ablauf nach der Darstellung der Stadt; Ideen, Bewertungen, Antworten und Stimmen sind nachgestellte Beispiele.";

	private final ParticipationProcesses processes;
	private final ConceptEditions editions;
	private final WorkingGroups groups;
	private final Ideas ideas;
	private final DemoPeople people;
	private final DemoWiesbadenVoices voices;

	DemoWiesbaden(ParticipationProcesses processes, ConceptEditions editions, WorkingGroups groups, Ideas ideas, DemoPeople people,
			DemoWiesbadenVoices voices) {
		this.processes = processes;
		this.editions = editions;
		this.groups = groups;
		this.ideas = ideas;
		this.people = people;
		this.voices = voices;
	}

	/** Loads the process and its contributions; runs as an editor of the tenant, inside one transaction. */
	void load(TenantId tenant) {
		List<String> citizens = citizens();
		String contributor = people.standard(TenantRole.CONTRIBUTOR);
		ParticipationProcess process = HistoricalRecords.callAsOf(LocalDate.of(2020, 2, 20),
				() -> processes.create(new ParticipationProcesses.NewProcess(EDITION.toString(), TITLE, DESCRIPTION, phases(), true)));
		Edition edition = editions.get(EDITION);
		HistoricalRecords.runAsOf(LocalDate.of(2020, 2, 24), () -> workingGroups(process, edition, contributor));
		List<UUID> submitted = HistoricalRecords.callAsOf(LocalDate.of(2020, 6, 15), () -> submitIdeas(tenant, process, citizens));
		HistoricalRecords.runAsOf(LocalDate.of(2020, 8, 20), () -> discuss(tenant, submitted, citizens));
		HistoricalRecords.runAsOf(LocalDate.of(2020, 9, 15), () -> decide(submitted));
		voices.load(tenant, process, edition, citizens, contributor);
	}

	/** Ideensammlung until 31 August 2020 (as announced), then rating, discussion rounds, vote and write-up. */
	private static List<Phase> phases() {
		return List.of(new Phase(PhaseKind.IDEENSAMMLUNG, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 8, 31)),
				new Phase(PhaseKind.EXPERTENBEWERTUNG, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 30)),
				new Phase(PhaseKind.WORKSHOPS, LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31)),
				new Phase(PhaseKind.ABSTIMMUNG, LocalDate.of(2020, 11, 1), LocalDate.of(2020, 11, 20)),
				new Phase(PhaseKind.AUSWERTUNG, LocalDate.of(2020, 11, 21), LocalDate.of(2020, 12, 31)));
	}

	private List<String> citizens() {
		List<String> citizens = new ArrayList<>();
		citizens.add(people.standard(TenantRole.CITIZEN));
		for (int number = 2; number <= 5; number++) {
			citizens.add(people.ensure("buergerin-" + number, "Bürgerin " + number + " Wiesbaden", TenantRole.CITIZEN));
		}
		return citizens;
	}

	private void workingGroups(ParticipationProcess process, Edition edition, String contributor) {
		for (Edition.Field field : edition.fields()) {
			String name = field.name().german();
			WorkingGroup group = groups.create(process.id(), new WorkingGroups.NewGroup(field.id().toString(), "Arbeitsgruppe " + name,
					"Geht im Handlungsfeld „" + name + "“ auf wichtige Akteure, Ansprechpartner und Träger zu und wählt die passende "
							+ "Beteiligungsform: Diskussionsrunden für kleine, Fragebögen für größere Gruppen."));
			groups.addMember(group.id(), contributor, WorkingGroup.MemberRole.LEITUNG);
		}
	}

	private record Draft(String title, String text, String field, String location) {
	}

	/** Example ideas on the themes of the five Handlungsfelder. */
	private static final List<Draft> DRAFTS = List.of(
			new Draft("Sprachförderung schon in der Kita ausbauen",
					"Mehr Sprachförderkräfte in Kitas mit vielen Kindern nichtdeutscher Familiensprache, damit alle Kinder zur "
							+ "Einschulung gut Deutsch sprechen. Eltern könnten über Elterncafés einbezogen werden.",
					"Bildung & Sprache", "Westend"),
			new Draft("Mentoring für Ausbildungssuchende",
					"Ehrenamtliche Mentorinnen und Mentoren aus Betrieben begleiten junge Zugewanderte bei Bewerbung und "
							+ "Ausbildung, vom ersten Praktikum bis zur Prüfung.", "Arbeit", null),
			new Draft("Anerkennung ausländischer Abschlüsse beschleunigen",
					"Eine zentrale Beratungsstelle, die bei der Anerkennung von Berufsabschlüssen hilft und die nötigen "
							+ "Unterlagen mit den Menschen zusammenstellt.", "Arbeit", null),
			new Draft("Mehrsprachige Gesundheitslotsen",
					"Geschulte Lotsinnen und Lotsen, die selbst mehrere Sprachen sprechen, erklären das Gesundheitssystem und "
							+ "begleiten bei Bedarf zu Arztterminen.", "Gesundheit", "Biebrich"),
			new Draft("Schnupperangebote in Sportvereinen",
					"Vereine bieten kostenlose Schnuppermonate für neu zugezogene Familien an; Informationen dazu in mehreren "
							+ "Sprachen in Schulen und Unterkünften.", "Sport", null),
			new Draft("Interkultureller Kalender der Feste",
					"Ein gemeinsamer Kalender der religiösen und kulturellen Feste in Wiesbaden, gedruckt und online, damit sich "
							+ "Gemeinden und Vereine gegenseitig einladen können.", "Vielfalt – Kultur – Religion", null),
			new Draft("Tag der offenen Gotteshäuser",
					"Moscheen, Kirchen, Synagoge und andere Gemeinden öffnen an einem Tag im Jahr gemeinsam ihre Türen, mit "
							+ "Führungen und Gesprächen.", "Vielfalt – Kultur – Religion", "Innenstadt"),
			new Draft("Hausaufgabenhilfe in den Stadtteilzentren",
					"Verlässliche Hausaufgabenhilfe an mehreren Nachmittagen pro Woche in den Stadtteilzentren, mit "
							+ "Ehrenamtlichen und Lehramtsstudierenden.", "Bildung & Sprache", "Klarenthal"));

	private List<UUID> submitIdeas(TenantId tenant, ParticipationProcess process, List<String> citizens) {
		List<UUID> submitted = new ArrayList<>();
		for (int index = 0; index < DRAFTS.size(); index++) {
			Draft draft = DRAFTS.get(index);
			submitted.add(as(tenant, citizens.get(index % citizens.size()), TenantRole.CITIZEN, () -> ideas.submit(process.id(),
					new Ideas.NewIdea(draft.title(), draft.text(), draft.field(), draft.location(), true)).id()));
		}
		return submitted;
	}

	/** Supports by others than the author (idea i comes from citizen i mod n) and a few comments. */
	private void discuss(TenantId tenant, List<UUID> submitted, List<String> citizens) {
		for (int index = 0; index < submitted.size(); index++) {
			UUID idea = submitted.get(index);
			for (int offset = 1; offset <= (index % 3) + 1; offset++) {
				run(tenant, citizens.get((index + offset) % citizens.size()), TenantRole.CITIZEN, () -> ideas.support(idea));
			}
		}
		comment(tenant, citizens.get(2), submitted.get(0), "Sehr gute Idee – in unserer Kita fehlt genau das.");
		comment(tenant, citizens.get(3), submitted.get(1), "Unser Betrieb würde sich als Mentor beteiligen.");
		comment(tenant, citizens.get(0), submitted.get(3), "Wichtig wäre auch eine Begleitung zu Behördenterminen.");
	}

	private void comment(TenantId tenant, String citizen, UUID idea, String text) {
		run(tenant, citizen, TenantRole.CITIZEN, () -> ideas.comment(idea, text));
	}

	/** Decisions of the editors after the Ideensammlung: three ideas into review, then one became part of a goal, one was not taken over. */
	private void decide(List<UUID> submitted) {
		for (int index : new int[] { 0, 1, 5 }) {
			ideas.changeStatus(submitted.get(index), new Ideas.StatusChange(IdeaStatus.IN_PRUEFUNG, null, null));
		}
		ideas.changeStatus(submitted.get(1), new Ideas.StatusChange(IdeaStatus.UEBERNOMMEN, ACCESS_TO_WORK, null));
		ideas.changeStatus(submitted.get(5), new Ideas.StatusChange(IdeaStatus.NICHT_UEBERNOMMEN, null,
				"Beispiel: Der Gedanke geht in den Tag der offenen Gotteshäuser ein; einen eigenen Kalender plant die Stadt nicht."));
	}
}
