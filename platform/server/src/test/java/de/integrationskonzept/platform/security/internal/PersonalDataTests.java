package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;

import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;
import de.integrationskonzept.testing.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's GDPR rights on their own account: the data export link works once, for a limited
 * time and only for its own account; deleting the account needs the password, removes the
 * person and their roles, and is refused to a municipality's last administrator.
 */
class PersonalDataTests extends MailingSystemTest {

	private static final Pattern EXPORT_LINK = Pattern.compile("/konto/datenexport/([A-Za-z0-9_-]{20,})");
	private static final String PASSWORD = "Lange-Passphrase-2026";

	@Autowired PasswordEncoder passwords;

	/** A person with a password and a role in the tenant; answers the e-mail address. */
	private String member(TenantId tenant, TenantRole role) {
		String email = TestAccounts.newPerson(jdbc, "gdpr");
		UUID id = TestAccounts.idOf(jdbc, email);
		jdbc.update("update platform.user_account set password_hash = ?, email_verified_at = now() where id = ?", passwords.encode(PASSWORD), id);
		inTenant(tenant, () -> jdbc.update("insert into platform.membership (tenant_id, user_id, role) values (?, ?, ?)", tenant.value(), id,
				role.name()));
		return email;
	}

	private String requestExportLink(MockHttpSession session) throws Exception {
		String page = mvc.perform(post("/konto/datenexport").session(session).with(csrf())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher link = EXPORT_LINK.matcher(page);
		assertThat(link.find()).as("export page links the download").isTrue();
		return link.group();
	}

	@Test
	void exportLinkWorksOnceAndOnlyForItsOwnAccount() throws Exception {
		String email = member(tenant("wiesbaden"), TenantRole.CITIZEN);
		MockHttpSession owner = signIn(email, PASSWORD);
		MockHttpSession other = signIn(member(tenant("wiesbaden"), TenantRole.CITIZEN), PASSWORD);
		String link = requestExportLink(owner);

		mvc.perform(get(link).session(other)).andExpect(status().isNotFound());
		mvc.perform(get(link)).andExpect(status().is3xxRedirection());
		var download = mvc.perform(get(link).session(owner)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(download.getHeader("Content-Disposition")).contains("attachment");
		assertThat(download.getHeader("Cache-Control")).isEqualTo("no-store");
		JsonNode export = JsonMapper.builder().build().readTree(download.getContentAsByteArray());
		assertThat(export.path("account").path("email").asString()).isEqualTo(email);
		assertThat(export.path("municipalities").path("wiesbaden").path("roles").toString()).contains("CITIZEN");
		assertThat(export.path("municipalities").has("dietzenbach")).isFalse();

		mvc.perform(get(link).session(owner)).andExpect(status().isNotFound());
	}

	@Test
	void expiredExportLinkIsRefused() throws Exception {
		MockHttpSession owner = signIn(member(tenant("dietzenbach"), TenantRole.CITIZEN), PASSWORD);
		String link = requestExportLink(owner);
		jdbc.update("update platform.account_token set expires_at = now() - interval '1 minute' where token_hash = ?",
				AccountTokens.hash(link.substring(link.lastIndexOf('/') + 1)));
		mvc.perform(get(link).session(owner)).andExpect(status().isNotFound());
	}

	@Test
	void deletingTheAccountNeedsThePasswordAndRemovesPersonAndRoles() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		String email = member(wiesbaden, TenantRole.CITIZEN);
		UUID id = TestAccounts.idOf(jdbc, email);
		MockHttpSession session = signIn(email, PASSWORD);

		mvc.perform(post("/konto/loeschen").session(session).with(csrf()).param("password", "falsch"))
			.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.queryForObject("select count(*) from platform.user_account where id = ?", Integer.class, id)).isOne();

		mvc.perform(post("/konto/loeschen").session(session).with(csrf()).param("password", PASSWORD))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from platform.user_account where id = ?", Integer.class, id)).isZero();
		assertThat(inTenant(wiesbaden, () -> jdbc.queryForObject("select count(*) from platform.membership where user_id = ?", Integer.class, id)))
			.isZero();
		mvc.perform(get("/konto").session(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void lastAdministratorOfAMunicipalityCannotDeleteTheAccount() throws Exception {
		UUID tenantId = UUID.randomUUID();
		String slug = "test-admin-" + tenantId.toString().substring(0, 8);
		jdbc.update("""
				insert into platform.tenant (id, slug, name, short_name, kind, ags, bundesland, status)
				values (?, ?, 'Testgemeinde', 'Testgemeinde', 'GEMEINDE', lpad((random() * 99999999)::bigint::text, 8, '0'), 'HE', 'ACTIVE')
				""", tenantId, slug);
		String email = member(new TenantId(tenantId), TenantRole.TENANT_ADMIN);
		MockHttpSession session = signIn(email, PASSWORD);

		String page = mvc.perform(post("/konto/loeschen").session(session).with(csrf()).param("password", PASSWORD))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(slug);
		assertThat(jdbc.queryForObject("select count(*) from platform.user_account where email = ?", Integer.class, email)).isOne();
	}
}
