package de.integrationskonzept.monitoring.internal;

import java.time.LocalDate;
import java.util.List;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.Edition.MeasureStatus;

/**
 * What {@link DemoMonitoring} loads for the five demo tenants. Indicators, goals and measures are
 * those of {@code tenants/concepts/*.json}, referred to by their fixed ids. No number here is a
 * public statistic: every value is recorded as example data (source {@link #SOURCE}, entered via
 * {@code DEMO}, so the example flag is set), and every note, project and carrier says
 * "Beispieldaten". The series are plausible, not real.
 */
final class DemoMonitoringContent {

	/** The source of every demo value: never presented as an official statistic. */
	static final String SOURCE = "Beispieldaten – keine amtliche Statistik";

	static final String WIESBADEN = "1aa46193-781a-450a-a389-0bb67d533684";
	static final String DUESSELDORF = "3f98fb34-c4e7-4d6e-948b-f914312ce955";
	static final String DIETZENBACH = "61f19c32-1591-4f4c-bc67-36a318277fa3";
	static final String FRANKENTHAL_2014 = "84d30529-ec90-4985-9398-104675fa539c";
	static final String FRANKENTHAL_2023 = "bd48484b-6013-48ad-b27f-5a01b67747f2";
	static final String BOERDE = "485983bf-1ce8-4a20-a308-3d19a1a191ff";

	/** The catalogue codes all five tenants share in the benchmark demo. */
	static final String UNEMPLOYMENT = "arbeitslosenquote-auslaender";
	static final String WITHOUT_QUALIFICATION = "schulabgaenger-ohne-abschluss";

	private DemoMonitoringContent() {
	}

	/**
	 * One tenant's demo monitoring.
	 * @param editions the editions the content belongs to; nothing is loaded for an edition that does not exist
	 */
	record TenantContent(String slug, List<String> editions, List<Values> values, List<Targets> targets, List<Progress> progress,
			List<Project> projects, List<OptIn> optIns) {
	}

	/**
	 * The frozen and released yearly report of a tenant (only Düsseldorf, for its council committee): the year and
	 * the commentary of the summary section; the commentary says it is example text.
	 */
	record Report(String slug, String edition, int year, String summary) {
	}

	static List<Report> reports() {
		return List.of(new Report("duesseldorf", DUESSELDORF, 2024, "Beispieltext (Beispieldaten): Der Sachstandsbericht 2024 für den "
				+ "Ausschuss zeigt die Entwicklung der Indikatoren seit 2019. Die Werte sind Beispieldaten der Plattform und keine amtliche "
				+ "Statistik; sie veranschaulichen, wie Verwaltung und Ausschuss den Bericht lesen."));
	}

	/** Yearly values from {@code firstYear} on, separated by spaces ({@code -} = no value that year). */
	record Values(String edition, String indicator, int firstYear, String series) {
	}

	/** Yearly SOLL values, e.g. {@code 2023=14.0 2029=11.0}. */
	record Targets(String edition, String indicator, String years) {
	}

	/** A measure's progress; {@code percent} null follows the status default. */
	record Progress(String edition, String measure, MeasureStatus status, Integer percent, String note) {
	}

	record Carrier(Actor.Kind kind, String name, String field) {
	}

	record Project(String edition, String title, Carrier carrier, String amount, LocalDate startsOn, LocalDate endsOn, List<String> goals,
			String description, List<Output> outputs, List<Evaluation> evaluations) {
	}

	record Output(int year, String text, String value, String unit) {
	}

	record Evaluation(String goal, int rating, String text) {
	}

	/** An opt-in to share a catalogue code; {@code named} lets the others see the tenant's name beside its value. */
	record OptIn(String code, boolean named) {
	}

	private static final String EXAMPLE_NOTE = "Beispieldaten: ";

	static List<TenantContent> all() {
		return List.of(wiesbaden(), duesseldorf(), dietzenbach(), frankenthal(), boerde());
	}

	static TenantContent wiesbaden() {
		return new TenantContent("wiesbaden", List.of(WIESBADEN),
				List.of(new Values(WIESBADEN, "50daeb44-2384-412f-a35a-ac3442d27e88", 2019, "72.0 71.2 70.5 72.8 74.1 75.0 76.3"),
						new Values(WIESBADEN, "21517100-8d5b-4d78-9b14-b7d3e785a385", 2019, "12.0 11.6 12.4 11.1 10.5 10.2 9.6"),
						new Values(WIESBADEN, "79e029e8-2658-4e10-9398-0a7797b17d63", 2019, "14.0 15.3 14.8 13.9 13.6 13.8 13.1"),
						new Values(WIESBADEN, "8a4dcfec-c8c2-4821-b683-54bd589321ea", 2019, "17.0 18.0 19.5 21.0 22.0 23.5 24.0"),
						new Values(WIESBADEN, "a2381fb7-2ee6-4f4d-a3ad-ac1ef24236f5", 2020, "10 12 15 18 21 24"),
						new Values(WIESBADEN, "aa80e242-557c-4180-8a0d-d1fb3ec315ee", 2020, "15 16 19 21 24 26")),
				List.of(),
				List.of(new Progress(WIESBADEN, "b42fae1d-c86a-422a-8655-a2a85cf48335", MeasureStatus.LAUFEND, 70,
						EXAMPLE_NOTE + "in den meisten städtischen Kitas eingeführt."),
						new Progress(WIESBADEN, "1a0ceb49-6105-48ae-9d18-3cc31c981c61", MeasureStatus.LAUFEND, 30,
								EXAMPLE_NOTE + "erste Angebote in zwei Quartieren."),
						new Progress(WIESBADEN, "3a11d7b6-5e9e-46be-80ab-88ba7e4c01fb", MeasureStatus.LAUFEND, 60, null)),
				List.of(),
				List.of(new OptIn(UNEMPLOYMENT, true), new OptIn(WITHOUT_QUALIFICATION, true)));
	}

	static TenantContent duesseldorf() {
		return new TenantContent("duesseldorf", List.of(DUESSELDORF),
				List.of(new Values(DUESSELDORF, "2fe4c609-5d5f-4f30-979e-9e76eacd89be", 2019, "76.5 75.8 74.9 75.6 76.2 77.0 77.4"),
						new Values(DUESSELDORF, "16d70ce6-e33a-4aa3-8f5f-c47b5f781c31", 2019, "13.8 15.2 14.6 13.5 13.9 14.3 14.0"),
						new Values(DUESSELDORF, "be473d3b-7a8c-4b2c-9563-fe000097bc17", 2019, "88.0 86.5 87.2 88.4 89.1 89.5 90.2"),
						new Values(DUESSELDORF, "3afb6034-7f17-41df-8fa2-bb6c2e9e2d85", 2019, "24 22 25 27 28 30 31"),
						new Values(DUESSELDORF, "c2f5e8a1-6b3d-4f0e-9a7c-1d2e3f4a5b61", 2019, "11.5 12.2 11.8 12.6 11.9 11.4 10.9")),
				List.of(),
				List.of(new Progress(DUESSELDORF, "638bf6da-9464-4740-941d-1ebf9597ea00", MeasureStatus.LAUFEND, 80,
						EXAMPLE_NOTE + "Bestandsaufnahme für das laufende Jahr in Arbeit."),
						new Progress(DUESSELDORF, "a8b88393-4206-4c80-992a-74b8a78a4461", MeasureStatus.ABGESCHLOSSEN, null,
								EXAMPLE_NOTE + "in die Regelangebote der Stadtteile übergegangen.")),
				List.of(),
				List.of(new OptIn(UNEMPLOYMENT, true), new OptIn(WITHOUT_QUALIFICATION, false), new OptIn("betreuungsquote-3-bis-6", false)));
	}

	private static final Carrier LANGUAGE_CLUB = new Carrier(Actor.Kind.VEREIN, "Beispielverein Sprachbrücke e. V. (Beispieldaten)",
			"Sprache und Bildung");
	private static final Carrier YOUTH_CARRIER = new Carrier(Actor.Kind.BILDUNGSTRAEGER,
			"Beispielträger Jugendberufshilfe gGmbH (Beispieldaten)", "Arbeit und Ausbildung");
	private static final Carrier NEIGHBOURHOOD = new Carrier(Actor.Kind.SONSTIGE,
			"Beispiel-Nachbarschaftsinitiative der Stadtteile (Beispieldaten)", "Zusammenleben und Nachbarschaft");

	static TenantContent dietzenbach() {
		String language = "e42078d0-fb7d-40b6-bde0-da1ad12813a6";
		String withChildcare = "cace4a3a-bbde-4566-898b-c90b3f7b80cd";
		String parents = "9983e7b5-09c3-46f7-b229-8e9cc27822ea";
		String encounter = "d62b1e5d-41a0-4673-9e40-4b2ffdf5d61e";
		String networks = "f2fe6fb4-a3bf-4004-9d0e-3c629580f674";
		String training = "b94f6d1f-985c-487c-ae17-dfc8b42f06ac";
		return new TenantContent("dietzenbach", List.of(DIETZENBACH),
				List.of(new Values(DIETZENBACH, "f38d8d25-cd87-4086-a9a7-09631acf393c", 2019, "140 95 150 172 190 205 221"),
						new Values(DIETZENBACH, "4ac3d11d-8924-4d23-96f8-75d2e711ac59", 2019, "11 4 12 14 15 17 18"),
						new Values(DIETZENBACH, "2c0d884c-485a-403a-8502-58a728e81f24", 2019, "38.0 35.0 40.0 43.0 45.0 46.0 49.0"),
						new Values(DIETZENBACH, "4b8c2d1e-7f6a-4e5d-9c3b-8a7f6e5d4c83", 2019, "12.9 14.1 13.7 12.8 13.3 13.6 13.4"),
						new Values(DIETZENBACH, "9e3d7c6b-5a4f-4b2e-8d1c-0f9e8d7c6b94", 2019, "10.8 11.3 10.6 11.9 11.2 10.7 10.1")),
				List.of(),
				List.of(new Progress(DIETZENBACH, "42038571-ae0f-4252-9421-6eb4e3ecf1dd", MeasureStatus.ABGESCHLOSSEN, null,
						EXAMPLE_NOTE + "Stadtfest im Sommer ausgerichtet."),
						new Progress(DIETZENBACH, "0bfeacef-0dc2-4851-8407-2c1b4066b0c9", MeasureStatus.LAUFEND, 40, null),
						new Progress(DIETZENBACH, "3546d675-aef8-4786-b681-8a0b2e811f5c", MeasureStatus.LAUFEND, 65, null)),
				List.of(new Project(DIETZENBACH, "Sprachcafé mit Kinderbetreuung (Beispieldaten)", LANGUAGE_CLUB, "18500",
						LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), List.of(language, withChildcare, parents),
						"Beispieldaten: wöchentliches Sprachcafé für Erwachsene mit Betreuung der Kinder im Nebenraum, gefördert aus"
								+ " den Projektmitteln des Integrationskonzepts.",
						List.of(new Output(2022, "Sprachcafé-Termine", "38", "Termine"), new Output(2023, "Sprachcafé-Termine", "44", "Termine"),
								new Output(2023, "Teilnehmende", "61", "Personen"), new Output(2024, "Teilnehmende", "74", "Personen")),
						List.of(new Evaluation(language, 4, "Beispieldaten: regelmäßig gut besucht; viele Teilnehmende wechseln danach in"
								+ " einen Integrationskurs."),
								new Evaluation(withChildcare, 5, "Beispieldaten: die Kinderbetreuung macht die Teilnahme für Mütter erst möglich."),
								new Evaluation(parents, 2, "Beispieldaten: Eltern werden erreicht, Themen von Kita und Schule aber nur selten"
										+ " besprochen."))),
						new Project(DIETZENBACH, "Ausbildungslotsen für Jugendliche (Beispieldaten)", YOUTH_CARRIER, "42000",
								LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), List.of(training),
								"Beispieldaten: ehrenamtliche Lotsinnen und Lotsen begleiten Jugendliche im letzten Schuljahr bis in die"
										+ " Ausbildung.",
								List.of(new Output(2023, "begleitete Jugendliche", "24", "Personen"),
										new Output(2024, "begleitete Jugendliche", "31", "Personen"),
										new Output(2024, "Ausbildungsverträge nach Begleitung", "14", "Verträge")),
								List.of(new Evaluation(training, 3, "Beispieldaten: knapp die Hälfte der Begleiteten beginnt eine Ausbildung;"
										+ " die Lotsen erreichen vor allem Jugendliche aus zwei Schulen."))),
						new Project(DIETZENBACH, "Begegnungsfest der Stadtteile (Beispieldaten)", NEIGHBOURHOOD, "6000",
								LocalDate.of(2024, 5, 1), LocalDate.of(2024, 9, 30), List.of(encounter, networks),
								"Beispieldaten: gemeinsames Fest von Vereinen und Initiativen aus allen Stadtteilen.",
								List.of(new Output(2024, "Besucherinnen und Besucher", "850", "Personen"),
										new Output(2024, "beteiligte Vereine und Initiativen", "17", null)),
								List.of(new Evaluation(encounter, 4, "Beispieldaten: Besucherinnen und Besucher aus allen Stadtteilen und"
										+ " Generationen."),
										new Evaluation(networks, 3, "Beispieldaten: drei Vereine planen seitdem gemeinsame Angebote.")))),
				List.of(new OptIn(UNEMPLOYMENT, false), new OptIn(WITHOUT_QUALIFICATION, false)));
	}

	static TenantContent frankenthal() {
		return new TenantContent("frankenthal", List.of(FRANKENTHAL_2014, FRANKENTHAL_2023),
				List.of(new Values(FRANKENTHAL_2014, "55855d77-42f1-4ad4-97db-28cc5409ca44", 2019, "72 38 51 66 74"),
						new Values(FRANKENTHAL_2014, "c3893c12-69ff-4921-8f94-82e4c85b8d8e", 2019, "8.1 8.4 8.9 9.3 9.8"),
						new Values(FRANKENTHAL_2023, "71f1436b-6cbf-4ab1-9f42-0170e84d09d6", 2019, "58 49 55 63 71 76 82"),
						new Values(FRANKENTHAL_2023, "88c047e6-b856-46c6-8667-1c75157b8128", 2022, "31 28 24 21"),
						new Values(FRANKENTHAL_2023, "4d0c6965-92b8-4886-ba09-8ba7ac445b3f", 2023, "72.0 76.0 79.0"),
						new Values(FRANKENTHAL_2023, "1f0e9d8c-7b6a-4c5d-8e4f-3a2b1c0d9ea5", 2019, "15.6 16.9 16.2 15.1 15.8 16.0 15.5"),
						new Values(FRANKENTHAL_2023, "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3cb6", 2019, "13.1 12.8 13.5 12.2 11.9 12.4 11.6")),
				List.of(),
				List.of(new Progress(FRANKENTHAL_2023, "18936b8a-1f46-487b-a3d9-b486fe72e0f1", MeasureStatus.LAUFEND, 25,
						EXAMPLE_NOTE + "erste Ausbildungsbörse vorbereitet."),
						new Progress(FRANKENTHAL_2023, "09e19af6-6c83-4f30-b5c6-dfc0aba5a0bb", MeasureStatus.LAUFEND, null, null)),
				List.of(),
				List.of(new OptIn(UNEMPLOYMENT, true), new OptIn(WITHOUT_QUALIFICATION, false)));
	}

	/**
	 * Börde's IST/SOLL comparison: SOLL per year for every indicator of the draft (2025–2029), chosen so
	 * that the statuses are mixed — on track, at risk and off track.
	 */
	static TenantContent boerde() {
		String withoutQualification = "a18001ea-79be-4a00-a160-ac179dc3a20b";
		String employment = "545d5efb-4f02-4f4b-a2f6-f27dce427595";
		String waiting = "58607063-93ed-4a68-b1f1-25215a1980b3";
		String b1 = "1448a58d-d870-4cbc-b60c-f5b0f2433926";
		String clubs = "3e4c45be-3290-4b48-aa7c-af010170f1c3";
		String volunteers = "0b260d8e-b6cc-4f2b-bd8a-92b5f6e20ba9";
		String unemployment = "7d1e4b2a-9c3f-4e8d-b6a5-2f1e0d9c8b72";
		return new TenantContent("landkreis-boerde", List.of(BOERDE),
				List.of(new Values(BOERDE, withoutQualification, 2019, "15.8 15.1 14.9 14.6 14.0 13.2 12.3"),
						new Values(BOERDE, employment, 2019, "41.0 40.2 42.1 43.8 45.0 45.9 46.2"),
						new Values(BOERDE, waiting, 2019, "9 12 10 18 16 15 16"),
						new Values(BOERDE, b1, 2019, "48.0 44.5 46.0 47.5 49.0 50.5 52.5"),
						new Values(BOERDE, clubs, 2021, "8 9 11 12 13"),
						new Values(BOERDE, volunteers, 2021, "240 265 290 310 335"),
						new Values(BOERDE, unemployment, 2019, "13.2 14.6 15.1 14.2 14.0 14.3 14.4")),
				List.of(new Targets(BOERDE, withoutQualification, "2023=14.0 2025=12.5 2027=11.0 2029=10.0"),
						new Targets(BOERDE, employment, "2025=48.0 2027=51.5"),
						new Targets(BOERDE, waiting, "2024=14 2025=12 2027=9"),
						new Targets(BOERDE, b1, "2024=50.0 2026=54.0"),
						new Targets(BOERDE, clubs, "2024=12 2027=18 2029=25"),
						new Targets(BOERDE, volunteers, "2024=300 2029=450"),
						new Targets(BOERDE, unemployment, "2023=14.0 2029=11.0")),
				List.of(new Progress(BOERDE, "eaf17b72-0220-4426-88aa-b15b00c9d710", MeasureStatus.LAUFEND, 35,
						EXAMPLE_NOTE + "Netzwerk mit Jobcenter und Kammern gegründet."),
						new Progress(BOERDE, "e442e93f-41ba-41e2-83c1-68af93fb9d39", MeasureStatus.LAUFEND, null, null),
						new Progress(BOERDE, "b5f2eee8-af12-4f32-8784-485b4fc6106b", MeasureStatus.AUSGESETZT, 20,
								EXAMPLE_NOTE + "ausgesetzt, bis die Übersetzungen finanziert sind.")),
				List.of(),
				List.of(new OptIn(UNEMPLOYMENT, false), new OptIn(WITHOUT_QUALIFICATION, false)));
	}
}
