package de.integrationskonzept.platform.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;

/**
 * A municipality signs up, a platform admin decides, and an approved municipality's contact
 * person becomes its first administrator through the invitation link. Real municipalities sign
 * up; the demo tenants stand for those already on the platform.
 */
class TenantSignupTests extends MailingSystemTest {

	@Autowired TenantSignups signups;

	private static MockHttpServletRequestBuilder signUp(String name, String shortName, String kind, String ags, String land,
			String slug, String contactName, String contactEmail) {
		return post("/registrierung").with(csrf())
			.param("name", name).param("shortName", shortName).param("kind", kind).param("ags", ags)
			.param("bundesland", land).param("slug", slug).param("contactName", contactName).param("contactEmail", contactEmail);
	}

	private static <T> T asPlatformAdmin(java.util.function.Supplier<T> work) {
		return as(PLATFORM_ADMIN, List.of(TenantAuthority.platformAdmin()), work);
	}

	private TenantId requested(String ags) {
		return new TenantId(jdbc.queryForObject("select id from platform.tenant where ags = ? and status = 'REQUESTED'", UUID.class, ags));
	}

	private Map<String, Object> registrySize() {
		return jdbc.queryForMap("""
				select (select count(*) from platform.tenant) as tenants, (select count(*) from platform.tenant_signup) as signups,
				       (select count(*) from platform.user_account) as accounts,
				       (select count(*) from platform.security_audit where action = 'SIGNUP_REQUESTED') as audits
				""");
	}

	@Test
	void signUpApprovalInvitationAndFirstSignInMakeTheContactTenantAdmin() throws Exception {
		String contact = "sabine.beispiel-" + UUID.randomUUID() + "@offenbach.example";
		mvc.perform(get("/registrierung")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Amtlicher Gemeindeschlüssel")));
		mvc.perform(get("/js/signup.js")).andExpect(status().isOk());

		// The address is left empty: the server suggests it from the short name.
		mvc.perform(signUp("Stadt Offenbach am Main", "Offenbach", "KREISFREIE_STADT", "06413000", "HE", "", "Sabine Beispiel",
				contact.toUpperCase()))
			.andExpect(redirectedUrl("/registrierung/eingegangen"));

		TenantId offenbach = requested("06413000");
		assertThat(jdbc.queryForMap("select slug, name, kind, bundesland from platform.tenant where id = ?", offenbach.value()))
			.containsEntry("slug", "offenbach").containsEntry("kind", "KREISFREIE_STADT").containsEntry("bundesland", "HE");
		assertThat(jdbc.queryForMap("select contact_name, contact_email, decision from platform.tenant_signup where tenant_id = ?",
				offenbach.value()))
			.containsEntry("contact_name", "Sabine Beispiel").containsEntry("contact_email", contact).containsEntry("decision", null);
		assertThat(jdbc.queryForObject("select count(*) from platform.user_account where email = ?", Integer.class, contact))
			.as("a request creates no account").isZero();
		assertThat(auditCount(offenbach, "SIGNUP_REQUESTED")).isEqualTo(1);
		mvc.perform(get("/offenbach")).andExpect(status().isNotFound());

		asPlatformAdmin(() -> signups.approve(offenbach));

		assertThat(jdbc.queryForObject("select status from platform.tenant where id = ?", String.class, offenbach.value())).isEqualTo("ACTIVE");
		assertThat(jdbc.queryForMap("""
				select s.decision, a.email as decided_by from platform.tenant_signup s
				left join platform.user_account a on a.id = s.decided_by where s.tenant_id = ?
				""", offenbach.value()))
			.containsEntry("decision", "APPROVED").containsEntry("decided_by", PLATFORM_ADMIN);
		assertThat(jdbc.queryForMap("select status, password_hash, display_name from platform.user_account where email = ?", contact))
			.containsEntry("status", "PENDING").containsEntry("password_hash", null).containsEntry("display_name", "Sabine Beispiel");
		assertThat(auditCount(offenbach, "SIGNUP_APPROVED")).isEqualTo(1);
		assertThat(auditCount(offenbach, "INVITATION_SENT")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from platform.cross_tenant_access where ? = any (tenant_ids)", Integer.class,
				offenbach.value())).as("writing into the new tenant is recorded cross-tenant work").isEqualTo(1);

		String link = linkPath(onlyMailTo(contact), "/offenbach/einladung/");
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(inTenant(offenbach, () -> jdbc.queryForList("select token_hash from platform.invitation", String.class)))
			.as("only the token's hash is stored").containsExactly(sha256(token));

		mvc.perform(get(link)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sabine Beispiel")));
		mvc.perform(post(link).with(csrf()).param("displayName", "Sabine Beispiel").param("password", "Offenbach integriert gemeinsam"))
			.andExpect(redirectedUrl("/anmelden?eingeladen"));

		var signIn = mvc.perform(post("/anmelden").with(csrf()).param("email", contact).param("password", "Offenbach integriert gemeinsam"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		var session = (org.springframework.mock.web.MockHttpSession) signIn.getRequest().getSession();
		assertThat(inTenant(offenbach, () -> jdbc.queryForList("""
				select m.role from platform.membership m join platform.user_account a on a.id = m.user_id where a.email = ?
				""", String.class, contact))).containsExactly("TENANT_ADMIN");
		mvc.perform(get("/offenbach/verwaltung/mitglieder").session(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(contact)));
		mvc.perform(get("/offenbach")).andExpect(status().isOk());
		assertThat(jdbc.queryForMap("select status, email_verified_at is not null as verified from platform.user_account where email = ?", contact))
			.containsEntry("status", "ACTIVE").containsEntry("verified", true);
		assertThat(auditCount(offenbach, "INVITATION_ACCEPTED")).isEqualTo(1);
		assertThat(auditCount(offenbach, "ROLE_GRANTED")).isEqualTo(1);
	}

	@Test
	void duplicateAgsIsRefusedWithAGermanMessageAndNothingIsWritten() throws Exception {
		var before = registrySize();

		mvc.perform(signUp("Landeshauptstadt Wiesbaden", "Wiesbaden", "LANDESHAUPTSTADT", "06414000", "HE", "wiesbaden-neu",
				"Max Muster", "max.muster@wiesbaden.example"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Für den Amtlichen Gemeindeschlüssel 06414000 gibt es bereits einen Mandanten.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-describedby=\"ags-error ags-hint\"")));

		assertThat(registrySize()).isEqualTo(before);
	}

	@Test
	void duplicateAddressIsRefused() throws Exception {
		var before = registrySize();

		mvc.perform(signUp("Wissenschaftsstadt Darmstadt", "Darmstadt", "KREISFREIE_STADT", "06411000", "HE", "dietzenbach",
				"Max Muster", "max.muster@darmstadt.example"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Die Adresse „dietzenbach“ ist bereits vergeben.")));

		assertThat(registrySize()).isEqualTo(before);
	}

	@Test
	void registryRulesAreExplainedInGermanNextToTheFieldToCorrect() throws Exception {
		var before = registrySize();

		mvc.perform(signUp("Landeshauptstadt Mainz", "Mainz", "LANDESHAUPTSTADT", "07315000", "HE", "mainz", "Max Muster",
				"max.muster@mainz.example"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Der Amtliche Gemeindeschlüssel 07315000 gehört zu Rheinland-Pfalz, nicht zu Hessen.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"bundesland-error\"")));
		mvc.perform(signUp("Landkreis Offenbach", "Kreis Offenbach", "LANDKREIS", "06438001", "HE", "", "Max Muster",
				"max.muster@kreis-offenbach.example"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("06438001 endet nicht auf 000")));
		mvc.perform(signUp("Stadt Worms", "Worms", "STADT", "07319000", "RP", "worms", "Max Muster", "max.muster@worms.example"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("keine kreisangehörige Kommune der Art „Stadt“")));
		mvc.perform(signUp("Stadt Speyer", "Speyer", "KREISFREIE_STADT", "0731800", "RP", "admin", "", "keine-adresse"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("besteht aus genau 8 Ziffern")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte geben Sie eine gültige E-Mail-Adresse an")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"contactName-error\"")));
		mvc.perform(signUp("Stadt Speyer", "Speyer", "KREISFREIE_STADT", "07318000", "RP", "admin", "Max Muster", "max@speyer.example"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Die Adresse „admin“ verwendet die Plattform selbst.")));

		assertThat(registrySize()).isEqualTo(before);
	}

	@Test
	void rejectionRecordsTheReasonMailsTheContactAndFreesAgsAndAddressForACorrectedRequest() throws Exception {
		String contact = "buergermeisteramt-" + UUID.randomUUID() + "@worms.example";
		mvc.perform(signUp("Stadt Worms", "Worms", "KREISFREIE_STADT", "07319000", "RP", "worms", "Vorzimmer", contact))
			.andExpect(redirectedUrl("/registrierung/eingegangen"));
		TenantId worms = requested("07319000");
		String reason = "Bitte nennen Sie eine Ansprechperson aus dem Integrationsbüro mit dienstlicher Adresse.";

		asPlatformAdmin(() -> signups.reject(worms, reason));

		assertThat(jdbc.queryForMap("select t.status, s.decision, s.reason, s.decided_at is not null as decided "
				+ "from platform.tenant t join platform.tenant_signup s on s.tenant_id = t.id where t.id = ?", worms.value()))
			.containsEntry("status", "REJECTED").containsEntry("decision", "REJECTED").containsEntry("reason", reason)
			.containsEntry("decided", true);
		assertThat(onlyMailTo(contact)).contains(reason).contains("/registrierung");
		assertThat(auditCount(worms, "SIGNUP_REJECTED")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from platform.user_account where email = ?", Integer.class, contact)).isZero();
		mvc.perform(get("/worms")).andExpect(status().isNotFound());

		mvc.perform(signUp("Stadt Worms", "Worms", "KREISFREIE_STADT", "07319000", "RP", "worms", "Integrationsbüro Worms",
				"integration-" + UUID.randomUUID() + "@worms.example"))
			.andExpect(redirectedUrl("/registrierung/eingegangen"));
		assertThat(requested("07319000")).isNotEqualTo(worms);
	}

	@Test
	void rejectionNeedsAReason() throws Exception {
		mvc.perform(signUp("Stadt Speyer", "Speyer", "KREISFREIE_STADT", "07318000", "RP", "speyer", "Max Muster",
				"max.muster-" + UUID.randomUUID() + "@speyer.example"))
			.andExpect(redirectedUrl("/registrierung/eingegangen"));
		TenantId speyer = requested("07318000");

		assertThatThrownBy(() -> asPlatformAdmin(() -> signups.reject(speyer, "   ")))
			.isInstanceOf(TenantSignups.InvalidSignupException.class);
		mvc.perform(post("/admin/anmeldungen/" + speyer + "/ablehnen").with(csrf()).with(authentication(platformAdmin())).param("reason", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte begründen Sie die Ablehnung")));

		assertThat(jdbc.queryForObject("select status from platform.tenant where id = ?", String.class, speyer.value())).isEqualTo("REQUESTED");
	}

	@Test
	void platformAdminsSeeTheQueueAndApproveThroughTheWeb() throws Exception {
		String contact = "integration-" + UUID.randomUUID() + "@ludwigshafen.example";
		mvc.perform(signUp("Stadt Ludwigshafen am Rhein", "Ludwigshafen", "KREISFREIE_STADT", "07314000", "RP", "ludwigshafen",
				"Erika Mustermann", contact))
			.andExpect(redirectedUrl("/registrierung/eingegangen"));
		TenantId ludwigshafen = requested("07314000");

		mvc.perform(get("/admin/anmeldungen").with(authentication(platformAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Stadt Ludwigshafen am Rhein")));
		mvc.perform(post("/admin/anmeldungen/" + ludwigshafen + "/freigeben").with(csrf()).with(authentication(platformAdmin())))
			.andExpect(redirectedUrl("/admin/anmeldungen"));

		assertThat(jdbc.queryForObject("select status from platform.tenant where id = ?", String.class, ludwigshafen.value()))
			.isEqualTo("ACTIVE");
		assertThat(linkPath(onlyMailTo(contact), "/ludwigshafen/einladung/")).startsWith("/ludwigshafen/einladung/");
		mvc.perform(post("/admin/anmeldungen/" + ludwigshafen + "/freigeben").with(csrf()).with(authentication(platformAdmin())))
			.andExpect(redirectedUrl("/admin/anmeldungen"));
		assertThat(mailsTo(contact, 1)).as("a decided request is not decided again").hasSize(1);
	}

	@Test
	void onlyPlatformAdminsSeeAndDecideRequests() throws Exception {
		mvc.perform(signUp("Stadt Kaiserslautern", "Kaiserslautern", "KREISFREIE_STADT", "07312000", "RP", "kaiserslautern",
				"Max Muster", "max.muster-" + UUID.randomUUID() + "@kaiserslautern.example"))
			.andExpect(redirectedUrl("/registrierung/eingegangen"));
		TenantId kaiserslautern = requested("07312000");
		TenantId wiesbaden = tenant("wiesbaden");

		var tenantAdmin = signIn("tenant-admin.wiesbaden@demo.invalid", DEMO_PASSWORD);
		mvc.perform(get("/admin/anmeldungen").session(tenantAdmin)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/anmeldungen/" + kaiserslautern + "/freigeben").session(tenantAdmin).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/anmeldungen")).andExpect(redirectedUrl("/anmelden"));
		assertThatThrownBy(() -> as("tenant-admin.wiesbaden@demo.invalid", List.of(TenantAuthority.of(wiesbaden, TenantRole.TENANT_ADMIN)),
				() -> signups.approve(kaiserslautern)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> signups.open()).isInstanceOf(AccessDeniedException.class);

		assertThat(jdbc.queryForObject("select status from platform.tenant where id = ?", String.class, kaiserslautern.value()))
			.isEqualTo("REQUESTED");
	}

	@Test
	void formsWithoutCsrfTokenAreRejected() throws Exception {
		var before = registrySize();
		mvc.perform(post("/registrierung").param("name", "Stadt Trier").param("shortName", "Trier").param("kind", "KREISFREIE_STADT")
				.param("ags", "07211000").param("bundesland", "RP").param("slug", "trier").param("contactName", "Max Muster")
				.param("contactEmail", "max@trier.example"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/anmeldungen/" + UUID.randomUUID() + "/freigeben").with(authentication(platformAdmin())))
			.andExpect(status().isForbidden());
		assertThat(registrySize()).isEqualTo(before);
	}

	private static UsernamePasswordAuthenticationToken platformAdmin() {
		return UsernamePasswordAuthenticationToken.authenticated(PLATFORM_ADMIN, null, List.of(TenantAuthority.platformAdmin()));
	}

	private int auditCount(TenantId tenant, String action) {
		return jdbc.queryForObject("select count(*) from platform.security_audit where tenant_id = ? and action = ?", Integer.class,
				tenant.value(), action);
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}
}
