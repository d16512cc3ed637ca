package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;

/** The author hears by e-mail what became of their idea — and nothing of what others wrote. */
class IdeaStatusMailTests extends MailingSystemTest {

	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;

	@Test
	void theAuthorGetsAMailOnEachDecisionWithoutOtherPeoplesContent() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-3, 3));
		String author = IdeaPeople.person(jdbc, "mailautorin");
		Idea idea = IdeaPeople.submit(ideas, tenantScope, author, wiesbaden, process, "Lesepatenschaften in Kitas");
		IdeaPeople.as(tenantScope, IdeaPeople.person(jdbc, "andere"), wiesbaden, TenantRole.CITIZEN,
				() -> ideas.comment(idea.id(), "Vertraulicher Kommentar einer anderen Person"));

		for (Ideas.StatusChange change : List.of(new Ideas.StatusChange(IdeaStatus.IN_PRUEFUNG, null, null),
				new Ideas.StatusChange(IdeaStatus.NICHT_UEBERNOMMEN, null, "Wird schon von der Stadtbibliothek angeboten."))) {
			IdeaPeople.as(tenantScope, "redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR, () -> ideas.changeStatus(idea.id(), change));
		}

		var mails = mailsTo(author, 2);
		assertThat(mails).hasSize(2);
		String last = text(mails.get(1));
		assertThat(last).contains("„Lesepatenschaften in Kitas“", "nicht übernommen", "Wird schon von der Stadtbibliothek angeboten.",
				"/wiesbaden/beteiligung/meine-beitraege").doesNotContain("Vertraulicher Kommentar");
	}
}
