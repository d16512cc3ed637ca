package de.integrationskonzept.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import de.integrationskonzept.concepts.EditionEvents.EditionAdopted;
import de.integrationskonzept.concepts.EditionEvents.EditionStatusChanged;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The concepts module on its own (with the platform it stands on): adopting an edition
 * publishes the events other modules listen to, each carrying the tenant.
 */
@ApplicationModuleTest
class ConceptsModuleTests {

	@Autowired ConceptEditions editions;
	@Autowired TenantScope tenantScope;
	@Autowired Tenants tenants;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void adoptingAnEditionPublishesItsEventsWithTheTenant(Scenario scenario) throws Exception {
		TenantId frankenthal = tenants.findActiveBySlug("frankenthal").orElseThrow().id();
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("editor", null,
				List.of(TenantAuthority.of(frankenthal, TenantRole.EDITOR))));
		String document = freshTestEdition();
		Edition draft = tenantScope.callAs(frankenthal, () -> editions.importJson(document));
		Edition submitted = tenantScope.callAs(frankenthal,
				() -> editions.changeStatus(draft.id(), EditionStatus.ZUR_BESCHLUSSFASSUNG, null, draft.version()));

		scenario.stimulate(() -> tenantScope.callAs(frankenthal, () -> editions.changeStatus(submitted.id(), EditionStatus.BESCHLOSSEN,
				new Resolution("Stadtrat", null, LocalDate.of(2024, 3, 20), "einstimmig", null), submitted.version())))
			.andWaitForEventOfType(EditionAdopted.class)
			.matching(event -> event.editionId().equals(draft.id()))
			.toArriveAndVerify(event -> assertThat(event.tenantId()).isEqualTo(frankenthal));

		assertThat(tenantScope.callAs(frankenthal, () -> editions.history(draft.id())))
			.anySatisfy(entry -> assertThat(entry.itemType()).isEqualTo("EDITION"));
	}

	@Test
	void statusChangesAreAnnounced(Scenario scenario) throws Exception {
		TenantId boerde = tenants.findActiveBySlug("landkreis-boerde").orElseThrow().id();
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("editor", null,
				List.of(TenantAuthority.of(boerde, TenantRole.EDITOR))));
		String document = freshTestEdition();
		Edition draft = tenantScope.callAs(boerde, () -> editions.importJson(document));

		scenario.stimulate(() -> tenantScope.callAs(boerde,
				() -> editions.changeStatus(draft.id(), EditionStatus.IN_BETEILIGUNG, null, draft.version())))
			.andWaitForEventOfType(EditionStatusChanged.class)
			.matching(event -> event.editionId().equals(draft.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.from()).isEqualTo(EditionStatus.ENTWURF);
				assertThat(event.to()).isEqualTo(EditionStatus.IN_BETEILIGUNG);
			});
	}

	private static String freshTestEdition() {
		return TestEditions.fresh();
	}
}
