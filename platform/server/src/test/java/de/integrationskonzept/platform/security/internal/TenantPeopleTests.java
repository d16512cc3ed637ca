package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.testing.TestAccounts;

/** Modules find people only among the current tenant's members, and only staff find them by address. */
@SpringBootTest
class TenantPeopleTests {

	@Autowired TenantPeople people;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired JdbcTemplate jdbc;
	@Autowired TransactionTemplate transactions;
	private TenantId wiesbaden;
	private TenantId dietzenbach;

	@BeforeEach
	void tenants() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void actAs(TenantId tenant, TenantRole role) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("tester@demo.invalid", null,
				List.of(TenantAuthority.of(tenant, role))));
	}

	private String member(TenantId tenant, String prefix, TenantRole role) {
		return TestAccounts.newMember(jdbc, transactions, tenantScope, tenant, prefix, role);
	}

	@Test
	void onlyStaffFindPeopleByAddressOrId() {
		String colleague = member(wiesbaden, "tp-colleague", TenantRole.CONTRIBUTOR);
		actAs(wiesbaden, TenantRole.CONTRIBUTOR);

		assertThatThrownBy(() -> tenantScope.callAs(wiesbaden, () -> people.byEmail(colleague))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> tenantScope.callAs(wiesbaden, () -> people.byEmailOrId(colleague))).isInstanceOf(AccessDeniedException.class);
		assertThat(tenantScope.callAs(wiesbaden, () -> people.byIds(List.of(TestAccounts.idOf(jdbc, colleague)))))
			.extracting(TenantPeople.Person::email).containsExactly(colleague);
	}

	@Test
	void answersOnlyMembersOfTheCurrentTenantWithTheirHighestRole() {
		String here = member(wiesbaden, "tp-here", TenantRole.CITIZEN);
		UUID hereId = TestAccounts.idOf(jdbc, here);
		tenantScope.runAs(wiesbaden, () -> transactions.executeWithoutResult(status -> jdbc.update(
				"insert into platform.membership (tenant_id, user_id, role) values (?, ?, 'CONTRIBUTOR')", wiesbaden.value(), hereId)));
		String elsewhere = member(dietzenbach, "tp-elsewhere", TenantRole.TENANT_ADMIN);
		UUID elsewhereId = TestAccounts.idOf(jdbc, elsewhere);
		String nobody = TestAccounts.newPerson(jdbc, "tp-nobody");
		actAs(wiesbaden, TenantRole.EDITOR);

		assertThat(tenantScope.callAs(wiesbaden, () -> people.byEmailOrId(" " + here.toUpperCase() + " ")))
			.hasValue(new TenantPeople.Person(hereId, here, "tp-here", TenantRole.CONTRIBUTOR));
		assertThat(tenantScope.callAs(wiesbaden, () -> people.byEmailOrId(hereId.toString())).map(TenantPeople.Person::id)).hasValue(hereId);
		assertThat(tenantScope.callAs(wiesbaden, () -> people.byEmail(here)).map(TenantPeople.Person::id)).hasValue(hereId);
		assertThat(tenantScope.callAs(wiesbaden, () -> people.byEmailOrId(elsewhere))).isEmpty();
		assertThat(tenantScope.callAs(wiesbaden, () -> people.byEmailOrId(elsewhereId.toString()))).isEmpty();
		assertThat(tenantScope.callAs(wiesbaden, () -> people.byEmail(nobody))).isEmpty();
		assertThat(tenantScope.callAs(wiesbaden, () -> people.byEmailOrId("  "))).isEmpty();
		assertThat(tenantScope.callAs(wiesbaden, () -> people.byIds(List.of(hereId, elsewhereId, TestAccounts.idOf(jdbc, nobody)))))
			.extracting(TenantPeople.Person::id).containsExactly(hereId);
	}

	@Test
	void countsTheCurrentTenantsMembersWithoutAnyRole() {
		int before = tenantScope.callAs(wiesbaden, people::count);
		member(dietzenbach, "tp-count-elsewhere", TenantRole.CITIZEN);
		member(wiesbaden, "tp-count", TenantRole.CITIZEN);

		assertThat(tenantScope.callAs(wiesbaden, people::count)).isEqualTo(before + 1);
	}
}
