package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The demo tenants' past Beteiligung (ik.demo.participation-import, on in tests as locally): Wiesbaden's
 * 2020 process and Frankenthal's 2023 workshop series are there after startup, loaded through the
 * services as of their historical days, marked as example data, contributed by demo accounts only,
 * shown on the public pages — and loading again changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoParticipationTests {

	static final String WIESBADEN_TITLE = "Beteiligung zum Integrationskonzept 2021–2025";
	static final String FRANKENTHAL_TITLE = "Workshop-Reihe zur Fortschreibung des Integrationskonzepts 2023";
	/** "Zugang zu Ausbildung und Beschäftigung verbessern" in Wiesbaden's edition 2021–2025. */
	static final UUID ACCESS_TO_WORK = UUID.fromString("3f1b744a-337a-48b4-a2a5-800463e13b98");

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcTemplate jdbc;
	@Autowired ApplicationContext context;
	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	@Autowired WorkingGroups groups;
	@Autowired ExpertRatings ratings;
	@Autowired FinalVote vote;
	@Autowired Questionnaires questionnaires;
	@Autowired Workshops workshops;

	private TenantId wiesbaden;
	private TenantId frankenthal;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		frankenthal = tenants.findActiveBySlug("frankenthal").orElseThrow().id();
	}

	private <T> T asEditor(TenantId tenant, Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("redaktion@demo.invalid", null,
				List.of(TenantAuthority.of(tenant, TenantRole.EDITOR))));
		try {
			return tenantScope.callAs(tenant, () -> transactions.execute(status -> work.get()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private ParticipationProcess process(TenantId tenant, String title) {
		return asEditor(tenant, () -> processes.list().stream().filter(process -> process.title().equals(title)).toList())
			.stream().reduce((a, b) -> { throw new AssertionError("twice: " + title); }).orElseThrow();
	}

	@Test
	void wiesbadensProcessOf2020IsThereWithItsPhasesGroupsIdeasRatingsResponsesAndVotes() {
		ParticipationProcess process = process(wiesbaden, WIESBADEN_TITLE);

		assertThat(process.example()).isTrue();
		assertThat(process.editionId().toString()).isEqualTo(TestProcesses.WIESBADEN_EDITION);
		assertThat(process.phases()).extracting(Phase::kind).containsExactly(PhaseKind.IDEENSAMMLUNG, PhaseKind.EXPERTENBEWERTUNG,
				PhaseKind.WORKSHOPS, PhaseKind.ABSTIMMUNG, PhaseKind.AUSWERTUNG);
		assertThat(process.phases().get(0).endsOn()).isEqualTo(LocalDate.of(2020, 8, 31));
		assertThat(asEditor(wiesbaden, () -> groups.of(process.id()))).hasSize(5).extracting(WorkingGroup::name)
			.contains("Arbeitsgruppe Bildung & Sprache", "Arbeitsgruppe Vielfalt – Kultur – Religion");

		List<Idea> submitted = asEditor(wiesbaden, () -> ideas.of(process.id()));
		assertThat(submitted).hasSizeBetween(6, 10);
		assertThat(submitted).filteredOn(idea -> idea.status() == IdeaStatus.UEBERNOMMEN).singleElement()
			.satisfies(idea -> assertThat(idea.acceptedInto()).isEqualTo(ACCESS_TO_WORK));
		assertThat(submitted).extracting(Idea::status).contains(IdeaStatus.NICHT_UEBERNOMMEN, IdeaStatus.IN_PRUEFUNG, IdeaStatus.EINGEGANGEN);
		assertThat(submitted.stream().mapToInt(Idea::supporters).sum()).isPositive();
		assertThat(submitted.stream().mapToInt(idea -> idea.comments().size()).sum()).isEqualTo(3);

		assertThat(asEditor(wiesbaden, () -> ratings.circles(process.id()))).hasSize(5).allSatisfy(circle -> assertThat(circle.experts()).hasSize(3));
		ExpertRatings.RatingResults rated = asEditor(wiesbaden, () -> ratings.results(process.id()));
		assertThat(rated.sealed()).isFalse();
		assertThat(rated.goals()).filteredOn(goal -> goal.count() > 0).hasSize(5).allSatisfy(goal -> assertThat(goal.count()).isEqualTo(3));
		FinalVote.VoteResults voted = asEditor(wiesbaden, () -> vote.results(process.id()));
		assertThat(voted.sealed()).isFalse();
		assertThat(voted.voters()).isEqualTo(4);
		assertThat(voted.items()).hasSize(5);

		Questionnaire questionnaire = asEditor(wiesbaden, () -> questionnaires.of(process.id())).getFirst();
		assertThat(asEditor(wiesbaden, () -> questionnaires.results(questionnaire.id())).toString()).contains("Mehr Sprachkurse");
	}

	/** Contribution tables, the column naming the person, and how a row reaches its process. */
	private static final List<List<String>> CONTRIBUTIONS = List.of(
			List.of("idea", "author_id", "t.process_id"),
			List.of("idea_support", "supporter_id", "(select i.process_id from participation.idea i where i.id = t.idea_id)"),
			List.of("idea_comment", "author_id", "(select i.process_id from participation.idea i where i.id = t.idea_id)"),
			List.of("questionnaire_response", "account_id",
					"(select q.process_id from participation.questionnaire q where q.id = t.questionnaire_id)"),
			List.of("rating", "expert", "t.process_id"),
			List.of("vote", "voter", "t.process_id"),
			List.of("workshop_registration", "account_id", "(select w.process_id from participation.workshop w where w.id = t.workshop_id)"));

	@Test
	void everyContributionToTheExampleProcessesComesFromADemoAccount() {
		for (List<String> table : CONTRIBUTIONS) {
			String from = "select count(*) from participation." + table.get(0) + " t join participation.process p on p.tenant_id = t.tenant_id"
					+ " and p.id = " + table.get(2) + " and p.example left join platform.user_account a on a.id = t." + table.get(1);
			TenantId tenant = table.get(0).startsWith("workshop") ? frankenthal : wiesbaden;
			Integer byDemoAccounts = asEditor(tenant, () -> jdbc.queryForObject(from + " where a.demo and a.email like '%@demo.invalid'", Integer.class));
			Integer byOthers = asEditor(tenant, () -> jdbc.queryForObject(from + " where a.id is null or not a.demo", Integer.class));

			assertThat(byDemoAccounts).as(table.get(0)).isPositive();
			assertThat(byOthers).as(table.get(0)).isZero();
		}
	}

	@Test
	void frankenthalsWorkshopSeriesOf2023HasItsThreeDocumentedWorkshops() {
		ParticipationProcess process = process(frankenthal, FRANKENTHAL_TITLE);

		assertThat(process.example()).isTrue();
		assertThat(process.phases()).extracting(Phase::kind).contains(PhaseKind.WORKSHOPS);
		List<Workshop> series = asEditor(frankenthal, () -> workshops.of(process.id()));
		assertThat(series).extracting(Workshop::title)
			.containsExactly("Arbeit und Ausbildung", "Zusammenleben (Soziales, Wohnen, Kultur)", "Sprache und Bildung");
		assertThat(series).allSatisfy(workshop -> {
			assertThat(workshop.date().getYear()).isEqualTo(2023);
			assertThat(workshop.place()).contains("Beispielangabe");
			assertThat(workshop.documentation()).startsWith("Beispieldokumentation");
			assertThat(workshop.confirmed()).isGreaterThanOrEqualTo(2);
		});
		assertThat(asEditor(frankenthal, () -> processes.list())).noneMatch(other -> other.title().equals(WIESBADEN_TITLE));
	}

	@Test
	void loadingAgainCreatesNothing() throws Exception {
		Map<String, Integer> before = counts();

		context.getBean("demoParticipation", ApplicationRunner.class).run(new DefaultApplicationArguments());

		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'participation'"
				+ " and table_type = 'BASE TABLE' and table_name not like 'databasechangelog%' order by table_name", String.class);
		for (TenantId tenant : List.of(wiesbaden, frankenthal)) {
			for (String table : tables) {
				counts.put(tenant + "/" + table, asEditor(tenant, () -> jdbc.queryForObject("select count(*) from participation." + table,
						Integer.class)));
			}
		}
		counts.put("demo accounts", jdbc.queryForObject("select count(*) from platform.user_account where demo", Integer.class));
		return counts;
	}

	@Test
	void thePublicPagesShowTheExampleProcessAsBeispieldaten() throws Exception {
		ParticipationProcess process = process(wiesbaden, WIESBADEN_TITLE);
		String base = "/wiesbaden/beteiligung/" + process.id();

		String page = html(base);
		assertThat(page).contains(WIESBADEN_TITLE, "Beispieldaten", "Sprachförderung schon in der Kita ausbauen",
				"Mentoring für Ausbildungssuchende", "Unser Betrieb würde sich als Mentor beteiligen.");
		assertThat(page).doesNotContain("buergerin-2", "@demo.invalid");
		assertThat(html(base + "/arbeitsgruppen")).contains("Arbeitsgruppe Gesundheit", "Arbeitsgruppe Sport");
		ParticipationProcess series = process(frankenthal, FRANKENTHAL_TITLE);
		assertThat(html("/frankenthal/beteiligung/" + series.id() + "/workshops")).contains("Arbeit und Ausbildung", "Sprache und Bildung");
		String staff = mvc.perform(get("/wiesbaden/verwaltung/beteiligung")
			.with(user("redaktion@demo.invalid").authorities(TenantAuthority.of(wiesbaden, TenantRole.EDITOR))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(staff).contains(WIESBADEN_TITLE, "(Beispieldaten)");
	}

	private String html(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theHistoricalDayStaysWithTheImportSoTheDemoProcessRefusesIdeasToday() {
		ParticipationProcess process = process(wiesbaden, WIESBADEN_TITLE);

		assertThat(ParticipationProcess.today()).isEqualTo(LocalDate.now(ParticipationProcess.ZONE));
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("citizen.wiesbaden@demo.invalid", null,
				List.of(TenantAuthority.of(wiesbaden, TenantRole.CITIZEN))));
		try {
			assertThatThrownBy(() -> tenantScope.callAs(wiesbaden, () -> ideas.submit(process.id(),
					new Ideas.NewIdea("Noch eine Idee", "Nach dem Ende der Ideensammlung eingereicht.", null, null, true))))
				.isInstanceOf(ParticipationProblems.PhaseClosed.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
