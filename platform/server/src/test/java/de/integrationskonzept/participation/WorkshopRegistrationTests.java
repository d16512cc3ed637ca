package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;
import de.integrationskonzept.testing.TestAccounts;

/**
 * Registration for workshops through the REST API: seats while free, then the waiting list in
 * order; a cancellation moves the first waiting person up and mails them; one registration per
 * person; none after the start; concurrent registrations never overbook.
 */
class WorkshopRegistrationTests extends MailingSystemTest {

	@Autowired ParticipationProcesses processes;
	@Autowired Workshops workshops;
	private TenantId wiesbaden;
	private ParticipationProcess process;

	@BeforeEach
	void setUp() {
		wiesbaden = tenant("wiesbaden");
		process = TestWorkshops.process(processes, tenantScope, wiesbaden);
	}

	private JwtRequestPostProcessor citizen(String email, TenantId tenant) {
		return jwt().jwt(token -> token.subject(email)).authorities(TenantAuthority.of(tenant, TenantRole.CITIZEN));
	}

	private String base(Workshop workshop) {
		return "/api/wiesbaden/participation/processes/" + process.id() + "/workshops/" + workshop.id();
	}

	private MvcResult register(Workshop workshop, String email) throws Exception {
		return mvc.perform(post(base(workshop) + "/registrations").with(citizen(email, wiesbaden))).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int registrations(Workshop workshop) {
		return inTenant(wiesbaden, () -> jdbc.queryForObject("select count(*) from participation.workshop_registration where workshop_id = ?",
				Integer.class, workshop.id()));
	}

	private String statusOf(Workshop workshop, String email) {
		return inTenant(wiesbaden, () -> jdbc.queryForObject("""
				select status from participation.workshop_registration where workshop_id = ? and account_id = ?
				""", String.class, workshop.id(), TestAccounts.idOf(jdbc, email)));
	}

	@Test
	void seatsAreConfirmedWhileFreeThenTheWaitingListFillsInOrder() throws Exception {
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 7, 2);
		List<String> people = List.of(TestAccounts.newPerson(jdbc, "ws-a"), TestAccounts.newPerson(jdbc, "ws-b"),
				TestAccounts.newPerson(jdbc, "ws-c"), TestAccounts.newPerson(jdbc, "ws-d"));

		List<String> answers = new ArrayList<>();
		for (String person : people) {
			MvcResult result = register(workshop, person);
			assertThat(result.getResponse().getStatus()).isEqualTo(201);
			answers.add(body(result));
		}

		assertThat(answers.get(0)).contains("\"status\":\"CONFIRMED\"");
		assertThat(answers.get(1)).contains("\"status\":\"CONFIRMED\"");
		assertThat(answers.get(2)).contains("\"status\":\"WAITING\"", "\"waitingPosition\":1");
		assertThat(answers.get(3)).contains("\"status\":\"WAITING\"", "\"waitingPosition\":2");
		String list = body(mvc.perform(get("/api/wiesbaden/participation/processes/" + process.id() + "/workshops")
			.with(citizen(people.get(0), wiesbaden))).andReturn());
		assertThat(list).contains(workshop.id().toString(), "\"freeSeats\":0", "\"waiting\":2", "\"registrationOpen\":true")
			.doesNotContain(people.get(0), people.get(1));
		assertThat(subject(mailsTo(people.get(0), 1).getFirst())).startsWith("Anmeldung bestätigt: ");
		String waitingMail = onlyMailTo(people.get(2));
		assertThat(waitingMail).contains("Platz 1 der Warteliste", workshop.title(), "17:00 bis 20:00 Uhr", "Rathaus, Raum 101",
				"/wiesbaden/beteiligung/" + process.id() + "/workshops/" + workshop.id());
		assertThat(waitingMail).doesNotContain(people.get(0), people.get(1), people.get(3), "ws-a", "ws-b", "ws-d");
	}

	@Test
	void cancellationFreesTheSeatForTheFirstOnTheWaitingListWhoIsMailed() throws Exception {
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 7, 1);
		String first = TestAccounts.newPerson(jdbc, "ws-first");
		String second = TestAccounts.newPerson(jdbc, "ws-second");
		String third = TestAccounts.newPerson(jdbc, "ws-third");
		register(workshop, first);
		register(workshop, second);
		register(workshop, third);

		MvcResult cancelled = mvc.perform(delete(base(workshop) + "/registrations/mine").with(citizen(first, wiesbaden))).andReturn();

		assertThat(cancelled.getResponse().getStatus()).isEqualTo(204);
		assertThat(statusOf(workshop, second)).isEqualTo("CONFIRMED");
		assertThat(statusOf(workshop, third)).isEqualTo("WAITING");
		assertThat(registrations(workshop)).isEqualTo(2);
		var secondMails = mailsTo(second, 2);
		assertThat(secondMails).hasSize(2);
		assertThat(subject(secondMails.get(1))).startsWith("Platz frei geworden: ");
		assertThat(text(secondMails.get(1))).contains("nachgerückt", workshop.title()).doesNotContain(first, third, "ws-first", "ws-third");
		assertThat(mailsTo(third, 1)).hasSize(1);
		assertThat(mvc.perform(delete(base(workshop) + "/registrations/mine").with(citizen(first, wiesbaden))).andReturn().getResponse()
			.getStatus()).as("nothing left to cancel").isEqualTo(404);
	}

	@Test
	void aSecondRegistrationOfThePersonIsRefused() throws Exception {
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 7, 5);
		String person = TestAccounts.newPerson(jdbc, "ws-twice");
		register(workshop, person);

		MvcResult again = register(workshop, person);

		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(again.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(again)).contains("bereits angemeldet");
		assertThat(registrations(workshop)).isEqualTo(1);
		assertThat(mailsTo(person, 1)).hasSize(1);
	}

	@Test
	void noRegistrationOnceTheWorkshopHasBegun() throws Exception {
		Workshop past = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, -1, 5);
		String person = TestAccounts.newPerson(jdbc, "ws-late");

		MvcResult late = register(past, person);

		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(late)).contains("In dieser Phase nicht möglich", "hat am", "begonnen");
		assertThat(registrations(past)).isZero();
		assertThat(mailsTo(person, 0)).isEmpty();
	}

	@Test
	void moreSeatsMoveWaitingPeopleUpAndFewerSeatsThanTakenAreRefused() throws Exception {
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 7, 1);
		String seated = TestAccounts.newPerson(jdbc, "ws-seated");
		String waiting = TestAccounts.newPerson(jdbc, "ws-waiting");
		register(workshop, seated);
		register(workshop, waiting);

		TestProcesses.asEditor(tenantScope, wiesbaden,
				() -> workshops.update(process.id(), workshop.id(), TestWorkshops.details(workshop.title(), 7, 2)));

		assertThat(statusOf(workshop, waiting)).isEqualTo("CONFIRMED");
		assertThat(subject(mailsTo(waiting, 2).get(1))).startsWith("Platz frei geworden: ");
		assertThatThrownBy(() -> TestProcesses.asEditor(tenantScope, wiesbaden,
				() -> workshops.update(process.id(), workshop.id(), TestWorkshops.details("Anderer Titel", 7, 1))))
			.isInstanceOf(ParticipationProblems.Invalid.class).hasMessageContaining("bereits 2 Personen einen Platz");
		assertThat(inTenant(wiesbaden, () -> workshops.get(process.id(), workshop.id())).title()).isEqualTo(workshop.title());
	}

	@Test
	void concurrentRegistrationsNeverTakeMoreSeatsThanThereAre() throws Exception {
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 7, 3);
		List<String> people = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			people.add(TestAccounts.newPerson(jdbc, "ws-rush"));
		}
		List<Callable<Workshops.Registration>> attempts = people.stream().<Callable<Workshops.Registration>>map(person -> () -> {
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
					List.of(TenantAuthority.of(wiesbaden, TenantRole.CITIZEN))));
			try {
				return tenantScope.callAs(wiesbaden, () -> workshops.register(process.id(), workshop.id()));
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}).toList();

		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Workshops.Registration> results = new ArrayList<>();
		try {
			for (Future<Workshops.Registration> result : pool.invokeAll(attempts)) {
				results.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(3);
		assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.WAITING).extracting(Workshops.Registration::waitingPosition)
			.containsExactlyInAnyOrder(1, 2, 3, 4, 5);
	}
}
