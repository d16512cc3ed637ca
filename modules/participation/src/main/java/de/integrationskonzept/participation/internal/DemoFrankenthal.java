package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.DemoParticipation.run;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.participation.Workshop;
import de.integrationskonzept.participation.Workshops;
import de.integrationskonzept.platform.security.DemoPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Frankenthal's 2023 Fortschreibung through a workshop series (seed: the city's page) with its three
 * workshops "Arbeit und Ausbildung", "Zusammenleben (Soziales, Wohnen, Kultur)" and "Sprache und
 * Bildung". The seed names neither dates nor places: those, the registrations (demo accounts) and
 * the documentation texts are examples and say so.
 */
@Component
// Only with the demo Beteiligung, which also needs the demo accounts (DemoPeople exists only then).
@ConditionalOnProperty(name = { "ik.demo.participation-import", "ik.demo.accounts-enabled" }, havingValue = "true")
class DemoFrankenthal {

	static final String TENANT = "frankenthal";
	static final EditionId EDITION = EditionId.of("bd48484b-6013-48ad-b27f-5a01b67747f2");
	static final String TITLE = "Workshop-Reihe zur Fortschreibung des Integrationskonzepts 2023";

	private static final String DESCRIPTION = "Das Strategische Integrationskonzept von 2014 wird 2023 durch eine Workshop-Reihe "
			+ "zu drei Themenbereichen fortgeschrieben – ein Projekt von Frankenthalern für Frankenthaler. "
			+ "Termine, Orte, Anmeldungen und Ergebnisse sind Beispielangaben.";
	private static final String EXAMPLE = " (Beispielangabe)";

	private record Plan(String title, String description, LocalDate date, String place, String results) {
	}

	private static final List<Plan> SERIES = List.of(
			new Plan("Arbeit und Ausbildung", "Wie finden Zugewanderte in Frankenthal schneller in Ausbildung und Arbeit?",
					LocalDate.of(2023, 3, 22), "Rathaus Frankenthal (Pfalz), Großer Sitzungssaal" + EXAMPLE,
					"Beispieldokumentation: Die Teilnehmenden wünschten sich eine gemeinsame Anlaufstelle von Jobcenter, Kammern und "
							+ "Migrationsberatung sowie mehr Praktikumsplätze in kleinen Betrieben. Vorschlag für ein Ziel: Übergänge von "
							+ "Sprachkurs in Ausbildung begleiten."),
			new Plan("Zusammenleben (Soziales, Wohnen, Kultur)", "Nachbarschaft, Wohnen und Kultur: Was hält Frankenthal zusammen?",
					LocalDate.of(2023, 4, 26), "CongressForum Frankenthal" + EXAMPLE,
					"Beispieldokumentation: Im Mittelpunkt standen Begegnungsorte in den Stadtteilen, faire Chancen bei der "
							+ "Wohnungssuche und Kulturangebote, die Menschen verschiedener Herkunft gemeinsam gestalten."),
			new Plan("Sprache und Bildung", "Von der Kita bis zur Erwachsenenbildung: Sprache als Schlüssel.",
					LocalDate.of(2023, 6, 14), "Volkshochschule Frankenthal" + EXAMPLE,
					"Beispieldokumentation: Gewünscht wurden Sprachkurse mit Kinderbetreuung, mehr Sprach-Kitas und eine Übersicht "
							+ "aller Sprachangebote in der Stadt in einfacher Sprache."));

	private final ParticipationProcesses processes;
	private final Workshops workshops;
	private final DemoPeople people;

	DemoFrankenthal(ParticipationProcesses processes, Workshops workshops, DemoPeople people) {
		this.processes = processes;
		this.workshops = workshops;
		this.people = people;
	}

	/** Loads the series; runs as an editor of the tenant, inside one transaction. */
	void load(TenantId tenant) {
		List<String> citizens = new ArrayList<>(List.of(people.standard(TenantRole.CITIZEN), people.standard(TenantRole.CONTRIBUTOR)));
		for (int number = 2; number <= 3; number++) {
			citizens.add(people.ensure("buergerin-" + number, "Bürgerin " + number + " Frankenthal", TenantRole.CITIZEN));
		}
		List<Workshop> planned = HistoricalRecords.callAsOf(LocalDate.of(2023, 2, 15), () -> {
			ParticipationProcess process = processes.create(new ParticipationProcesses.NewProcess(EDITION.toString(), TITLE, DESCRIPTION,
					List.of(new Phase(PhaseKind.WORKSHOPS, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30)),
							new Phase(PhaseKind.AUSWERTUNG, LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31))),
					true));
			return SERIES.stream().map(plan -> workshops.create(process.id(), new Workshops.Details(plan.title(), plan.title(),
					plan.description(), plan.date(), LocalTime.of(17, 0), LocalTime.of(19, 30), plan.place(), null, 30))).toList();
		});
		HistoricalRecords.runAsOf(LocalDate.of(2023, 3, 1), () -> {
			for (int index = 0; index < planned.size(); index++) {
				Workshop workshop = planned.get(index);
				citizens.subList(0, 2 + index % 2).forEach(citizen -> run(tenant, citizen, TenantRole.CITIZEN,
						() -> workshops.register(workshop.processId(), workshop.id())));
			}
		});
		for (int index = 0; index < planned.size(); index++) {
			Workshop workshop = planned.get(index);
			Plan plan = SERIES.get(index);
			HistoricalRecords.runAsOf(plan.date().plusDays(7),
					() -> workshops.document(workshop.processId(), workshop.id(), plan.results()));
		}
	}
}
