package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The services check roles themselves, against the current tenant — whatever entrance the
 * call came through.
 */
@SpringBootTest
class ServiceAuthorizationTests {

	@Autowired Tenants tenants;
	@Autowired TenantMembers members;
	@Autowired ApiClients apiClients;
	@Autowired TenantScope tenantScope;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void actAs(GrantedAuthority... authorities) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("tester@demo.invalid", null, List.of(authorities)));
	}

	private Tenant tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow();
	}

	@Test
	void tenantAdminMaySeeMembersOfTheirOwnTenantOnly() {
		Tenant wiesbaden = tenant("wiesbaden");
		Tenant dietzenbach = tenant("dietzenbach");
		actAs(TenantAuthority.of(wiesbaden.id(), TenantRole.TENANT_ADMIN));

		assertThat(tenantScope.callAs(wiesbaden.id(), members::list)).isNotEmpty()
			.allSatisfy(member -> assertThat(member.email()).doesNotContain("dietzenbach"));
		assertThatThrownBy(() -> tenantScope.callAs(dietzenbach.id(), members::list)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void editorIsNotATenantAdmin() {
		Tenant wiesbaden = tenant("wiesbaden");
		actAs(TenantAuthority.of(wiesbaden.id(), TenantRole.EDITOR));
		assertThatThrownBy(() -> tenantScope.callAs(wiesbaden.id(), members::list)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> tenantScope.runAs(wiesbaden.id(), () -> tenants.updateContactOffice(tenants.currentContactOffice().orElseThrow())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyPlatformAdminsRegisterApiClients() {
		Tenant wiesbaden = tenant("wiesbaden");
		actAs(TenantAuthority.of(wiesbaden.id(), TenantRole.TENANT_ADMIN));
		assertThatThrownBy(() -> apiClients.register(wiesbaden, "Statistik", Set.of("monitoring.write")))
			.isInstanceOf(AccessDeniedException.class);

		actAs(TenantAuthority.platformAdmin());
		assertThatCode(() -> apiClients.register(wiesbaden, "Statistik", Set.of("monitoring.write"))).doesNotThrowAnyException();
		assertThatThrownBy(() -> apiClients.register(wiesbaden, "Statistik", Set.of("everything")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anonymousCallersAreRefused() {
		Tenant wiesbaden = tenant("wiesbaden");
		assertThatThrownBy(() -> tenantScope.callAs(wiesbaden.id(), members::list)).isInstanceOf(AccessDeniedException.class);
	}
}
