package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;

/**
 * The municipality's public start page announces the next workshops of open processes — never
 * their online link — and follows changes of a workshop although the page is cached.
 */
class WorkshopAnnouncementTests extends MailingSystemTest {

	@Autowired ParticipationProcesses processes;
	@Autowired Workshops workshops;

	private String startPage() throws Exception {
		return mvc.perform(get("/dietzenbach")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void startPageAnnouncesUpcomingWorkshopsAndFollowsChanges() throws Exception {
		TenantId dietzenbach = tenant("dietzenbach");
		var today = TestProcesses.today();
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, dietzenbach,
				List.of(new Phase(PhaseKind.WORKSHOPS, today.minusDays(1), today.plusDays(60))), TestProcesses.DIETZENBACH_EDITION);
		var details = new Workshops.Details("Werkstatt Zusammenleben im Quartier", "Zusammenleben", "Wie wollen wir zusammenleben?",
				today.plusDays(1), LocalTime.of(18, 0), LocalTime.of(20, 0), "Bürgerhaus Dietzenbach", "https://treffen.example.org/geheim", 30);
		var workshop = TestProcesses.asEditor(tenantScope, dietzenbach, () -> workshops.create(process.id(), details));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(startPage())
			.contains("Nächste Workshops", "Werkstatt Zusammenleben im Quartier", "18:00 Uhr, Bürgerhaus Dietzenbach"));
		assertThat(startPage()).doesNotContain("treffen.example.org");

		var renamed = new Workshops.Details("Werkstatt Nachbarschaft", details.field(), details.description(), details.date(),
				details.startTime(), details.endTime(), details.place(), details.onlineLink(), details.capacity());
		TestProcesses.asEditor(tenantScope, dietzenbach, () -> workshops.update(process.id(), workshop.id(), renamed));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(startPage()).contains("Werkstatt Nachbarschaft")
			.doesNotContain("Werkstatt Zusammenleben im Quartier"));
	}
}
