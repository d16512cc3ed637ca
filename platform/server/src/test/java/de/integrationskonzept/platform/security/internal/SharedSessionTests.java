package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.integrationskonzept.platform.security.TenantRole;

import jakarta.servlet.http.Cookie;

/**
 * Web sessions live in PostgreSQL (Spring Session JDBC, platform.http_session), so any app instance
 * can continue a session another one started: signing in stores the session there, a request that
 * brings nothing but the session cookie is signed in, signing out removes the row; the session id
 * changes at sign-in (session fixation). The cookie's attributes over real HTTP: {@link SessionCookieTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharedSessionTests {

	private static final String PASSWORD = "Demo-Integration-2026";
	private static final String EDITOR = DemoAccounts.emailOf("wiesbaden", TenantRole.EDITOR);

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired SessionRepository<? extends Session> sessions;

	@Test
	void signingInStoresTheSessionInPostgresqlWhereARequestWithOnlyTheCookieFindsIt() throws Exception {
		MvcResult signIn = signIn(new MockHttpSession());
		Cookie cookie = sessionCookie(signIn);
		String id = new String(Base64.getDecoder().decode(cookie.getValue()));

		assertThat(jdbc.queryForList("select principal_name from platform.http_session where session_id = ?", String.class, id))
			.containsExactly(EDITOR);
		// Read back from the table (as another instance would): the stored security context deserialises.
		Session stored = sessions.findById(id);
		SecurityContext context = stored.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(context.getAuthentication().getName()).isEqualTo(EDITOR);
		// Nothing but the cookie: no MockHttpSession, no in-memory state.
		mvc.perform(get("/konto").cookie(cookie)).andExpect(status().isOk());
		// The table is the only place the session lives: without its row the same cookie is signed out.
		jdbc.update("delete from platform.http_session where session_id = ?", id);
		mvc.perform(get("/konto").cookie(cookie)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/konto").cookie(new Cookie(cookie.getName(), Base64.getEncoder().encodeToString("unknown".getBytes()))))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void signingOutRemovesTheStoredSession() throws Exception {
		Cookie cookie = sessionCookie(signIn(new MockHttpSession()));
		String id = new String(Base64.getDecoder().decode(cookie.getValue()));
		assertThat(storedSessions(id)).isEqualTo(1);

		mvc.perform(post("/abmelden").cookie(cookie).with(csrf())).andExpect(redirectedUrl("/?abgemeldet"));

		assertThat(storedSessions(id)).isZero();
		mvc.perform(get("/konto").cookie(cookie)).andExpect(status().is3xxRedirection());
	}

	@Test
	void signingInGivesTheSessionANewIdAndTheOldOneIsGone() throws Exception {
		// A session that exists before the sign-in (as one an attacker could have planted).
		var before = mvc.perform(get("/anmelden")).andReturn();
		MockHttpSession session = (MockHttpSession) before.getRequest().getSession();
		Cookie planted = sessionCookie(before);
		String plantedId = new String(Base64.getDecoder().decode(planted.getValue()));
		assertThat(storedSessions(plantedId)).isEqualTo(1);

		String newId = new String(Base64.getDecoder().decode(sessionCookie(signIn(session)).getValue()));

		assertThat(newId).isNotEqualTo(plantedId);
		assertThat(storedSessions(plantedId)).isZero();
		assertThat(storedSessions(newId)).isEqualTo(1);
		mvc.perform(get("/konto").cookie(planted)).andExpect(status().is3xxRedirection());
	}

	private MvcResult signIn(MockHttpSession session) throws Exception {
		return mvc.perform(post("/anmelden").session(session).with(csrf()).param("email", EDITOR).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
	}

	private static Cookie sessionCookie(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private int storedSessions(String id) {
		return jdbc.queryForObject("select count(*) from platform.http_session where session_id = ?", Integer.class, id);
	}
}
