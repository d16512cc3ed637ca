package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.integrationskonzept.platform.security.TenantRole;

/**
 * The session cookie of Spring Session over real HTTP (the embedded server, as in production; MockMvc
 * would take the cookie settings from its mock servlet context instead): it keeps the attributes of
 * server.servlet.session.cookie (HttpOnly, SameSite=Lax; Secure comes from IK_SECURE_COOKIES, true in
 * application-prod.yaml, false here), and signing in replaces the session id the browser had before.
 */
// The same context as the browser test classes, so they share one server.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ik.tenants.import-on-startup=true", "ik.demo.concepts-import=true" })
class SessionCookieTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	@LocalServerPort int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theSessionCookieKeepsItsAttributesAndSigningInReplacesIt() throws Exception {
		var page = http.send(HttpRequest.newBuilder(uri("/anmelden")).build(), HttpResponse.BodyHandlers.ofString());
		String planted = sessionCookie(page);
		assertThat(planted).contains("; HttpOnly").contains("; SameSite=Lax").contains("; Path=/").doesNotContain("; Secure");
		var token = CSRF.matcher(page.body());
		assertThat(token.find()).as("CSRF field on the sign-in page").isTrue();

		String form = "email=" + URLEncoder.encode(DemoAccounts.emailOf("wiesbaden", TenantRole.EDITOR), StandardCharsets.UTF_8)
				+ "&password=Demo-Integration-2026&_csrf=" + URLEncoder.encode(token.group(1) != null ? token.group(1) : token.group(2), StandardCharsets.UTF_8);
		var signIn = http.send(HttpRequest.newBuilder(uri("/anmelden")).header("Cookie", value(planted))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("fehler"));
		String signedIn = sessionCookie(signIn);
		assertThat(value(signedIn)).isNotEqualTo(value(planted));
		assertThat(signedIn).contains("; HttpOnly").contains("; SameSite=Lax");

		assertThat(get("/konto", value(signedIn))).isEqualTo(200);
		assertThat(get("/konto", value(planted))).isEqualTo(302);
	}

	private int get(String path, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(header -> header.startsWith("SESSION=")).findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	private static String value(String setCookie) {
		return setCookie.substring(0, setCookie.indexOf(';'));
	}
}
