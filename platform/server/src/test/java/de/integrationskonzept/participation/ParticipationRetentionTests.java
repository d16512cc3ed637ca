package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.integrationskonzept.participation.internal.ParticipationRetention;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;
import de.integrationskonzept.testing.TestAccounts;

/**
 * Storage limitation: a year after a process ended, its contributions lose every link to people;
 * contributions of processes still within the retention keep theirs.
 */
class ParticipationRetentionTests extends MailingSystemTest {

	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	@Autowired Workshops workshops;
	@Autowired ParticipationRetention retention;

	private Idea ideaBy(String email, TenantId tenant, ParticipationProcess process) {
		return inTenant(tenant, () -> as(email, List.of(TenantAuthority.of(tenant, TenantRole.CITIZEN)), () -> ideas.submit(process.id(),
				new Ideas.NewIdea("Nachbarschaftsfest im Quartier", "Ein jährliches Fest, das Alteingesessene und Zugezogene zusammenbringt.",
						null, null, true))));
	}

	private boolean authorKept(TenantId tenant, UUID idea) {
		return inTenant(tenant, () -> jdbc.queryForObject("select author_id is not null from participation.idea where id = ?", Boolean.class, idea));
	}

	@Test
	void processesEndedLongerThanTheRetentionLoseTheirLinksToPeople() {
		TenantId dietzenbach = tenant("dietzenbach");
		String person = TestAccounts.newPerson(jdbc, "aufbewahrung");
		ParticipationProcess endingSoon = TestProcesses.create(processes, tenantScope, dietzenbach, TestProcesses.ideasFromTo(-1, 5), TestProcesses.DIETZENBACH_EDITION);
		ParticipationProcess runningLong = TestProcesses.create(processes, tenantScope, dietzenbach, TestProcesses.ideasFromTo(-1, 200), TestProcesses.DIETZENBACH_EDITION);
		Idea old = ideaBy(person, dietzenbach, endingSoon);
		Idea recent = ideaBy(person, dietzenbach, runningLong);
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, dietzenbach, endingSoon, 3, 5);
		inTenant(dietzenbach, () -> as(person, List.of(TenantAuthority.of(dietzenbach, TenantRole.CITIZEN)),
				() -> workshops.register(endingSoon.id(), workshop.id())));

		// A year and a bit from now: the first process (last phase ends in 35 days, retention 365) is past the retention, the second not.
		assertThat(retention.anonymiseEnded(TestProcesses.today().plusDays(401), List.of(dietzenbach))).contains(dietzenbach);

		assertThat(authorKept(dietzenbach, old.id())).isFalse();
		assertThat(authorKept(dietzenbach, recent.id())).isTrue();
		assertThat(inTenant(dietzenbach, () -> jdbc.queryForObject(
				"select count(*) from participation.workshop_registration where workshop_id = ? and account_id is not null", Integer.class,
				workshop.id()))).isZero();
		assertThat(inTenant(dietzenbach, () -> jdbc.queryForObject("select count(*) from participation.idea where id = ?", Integer.class, old.id())))
			.as("the idea itself stays").isOne();
		assertThat(retention.anonymiseEnded(TestProcesses.today().plusDays(401), List.of(dietzenbach))).as("nothing left to do").doesNotContain(dietzenbach);
	}
}
