package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The process page shows the ideas 20 at a time, newest first, with page links a screen reader can tell apart;
 * every idea is on exactly one page, odd page numbers lead to the nearest page, and after supporting an idea the
 * citizen is back on the page that shows it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one process with 45 ideas for all tests: none changes the order
class IdeaListPagesTests {

	private static final Pattern IDEA_TITLE = Pattern.compile("<h3 id=\"idee-[0-9a-f-]+-titel\">([^<]+)</h3>");

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	@Autowired JdbcTemplate jdbc;
	private TenantId wiesbaden;
	private ParticipationProcess process;
	private String page;
	private final List<Idea> submitted = new ArrayList<>();

	@BeforeAll
	void submit45Ideas() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-5, 5));
		page = "/wiesbaden/beteiligung/" + process.id();
		// Five people, nine ideas each: below the limit of ideas per person and day.
		for (int person = 0; person < 5; person++) {
			String email = IdeaPeople.person(jdbc, "ideenliste");
			for (int idea = 0; idea < 9; idea++) {
				submitted.add(IdeaPeople.submit(ideas, tenantScope, email, wiesbaden, process, "Idee Nummer " + (submitted.size() + 1)));
			}
		}
	}

	private String body(MvcResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private List<String> titlesOn(String html) {
		List<String> titles = new ArrayList<>();
		Matcher matcher = IDEA_TITLE.matcher(html);
		while (matcher.find()) {
			titles.add(matcher.group(1));
		}
		return titles;
	}

	@Test
	void twentyIdeasAPageNewestFirstEachOnExactlyOnePage() throws Exception {
		String first = body(mvc.perform(get(page)).andReturn());
		assertThat(titlesOn(first)).hasSize(20).first().isEqualTo("Idee Nummer 45");
		assertThat(first).contains("45 Ideen, die neuesten zuerst · Seite 1 von 3")
			.contains("<nav class=\"pagination\" aria-label=\"Seiten der eingereichten Ideen\">")
			.contains("aria-current=\"page\" aria-label=\"Seite 1\"")
			.containsPattern(Pattern.quote("href=\"" + page + "?seite=2#ideen\"") + "\\s+aria-label=\"Seite 2\"")
			.contains("rel=\"next\"").doesNotContain("rel=\"prev\"");

		Set<String> seen = new LinkedHashSet<>(titlesOn(first));
		for (int number = 2; number <= 3; number++) {
			List<String> titles = titlesOn(body(mvc.perform(get(page).param("seite", String.valueOf(number))).andReturn()));
			assertThat(titles).doesNotContainAnyElementsOf(seen);
			seen.addAll(titles);
		}
		assertThat(seen).hasSize(45).containsAll(submitted.stream().map(Idea::title).toList());

		String last = body(mvc.perform(get(page).param("seite", "3")).andReturn());
		assertThat(titlesOn(last)).hasSize(5).last().isEqualTo("Idee Nummer 1");
		assertThat(last).contains("Seite 3 von 3").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
	}

	@Test
	void pageNumbersOutsideTheRangeLeadToTheNearestPage() throws Exception {
		assertThat(body(mvc.perform(get(page).param("seite", "99")).andReturn())).contains("Seite 3 von 3");
		assertThat(body(mvc.perform(get(page).param("seite", "0")).andReturn())).contains("Seite 1 von 3");
		assertThat(mvc.perform(get(page).param("seite", "zwei")).andReturn().getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void afterSupportingAnIdeaTheCitizenIsBackOnItsPage() throws Exception {
		Idea onPageTwo = submitted.get(44 - 25); // the 26th newest
		assertThat(tenantScope.callAs(wiesbaden, () -> ideas.pageOf(onPageTwo.id()))).isEqualTo(2);
		String supporter = IdeaPeople.person(jdbc, "unterstuetzerin");

		MvcResult supported = mvc.perform(post(page + "/ideen/" + onPageTwo.id() + "/unterstuetzen")
			.with(IdeaPeople.session(supporter, wiesbaden, TenantRole.CITIZEN)).with(csrf())).andReturn();

		assertThat(supported.getResponse().getRedirectedUrl()).isEqualTo(page + "?seite=2#idee-" + onPageTwo.id());
		assertThat(body(mvc.perform(get(page).param("seite", "2")).andReturn())).contains("id=\"idee-" + onPageTwo.id() + "\"");
		Idea newest = submitted.getLast();
		assertThat(tenantScope.callAs(wiesbaden, () -> ideas.pageOf(newest.id()))).isEqualTo(1);
	}
}
