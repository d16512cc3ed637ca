package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth2 and OpenID Connect end to end against the running server, with a plain HTTP client
 * that knows nothing of the server's internals: discovery, client credentials, authorization
 * code with PKCE, refresh, introspection and revocation, and the tenant boundary of the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OAuth2FlowTests {

	private static final String PASSWORD = "Demo-Integration-2026";
	private static final String REDIRECT_URI = "http://127.0.0.1:8765/callback";

	@LocalServerPort int port;
	@Autowired ApiClients apiClients;
	@Autowired Tenants tenants;
	@Autowired RegisteredClientRepository registeredClients;
	@Autowired PasswordEncoder passwords;
	@Autowired JdbcTemplate jdbc;
	@Autowired SigningKeys signingKeys;

	private final JsonMapper json = JsonMapper.builder().build();
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void clearSecurityContext() {
		SecurityContextHolder.clearContext();
	}

	private String url(String path) {
		return path.startsWith("http") ? path : "http://localhost:" + port + path;
	}

	private HttpResponse<String> get(String path, String bearer) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url(path)));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> form(String path, Map<String, String> fields, String basicUser, String basicSecret) throws Exception {
		String body = fields.entrySet().stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (basicUser != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((basicUser + ":" + basicSecret).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> putJson(String path, String body, String bearer) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + bearer)
			.PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode claims(String jwt) {
		return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
	}

	private ApiClients.Registration registerClient(String slug, Set<String> scopes) {
		SecurityContextHolder.getContext().setAuthentication(
				new TestingAuthenticationToken("plattform-admin@demo.invalid", null, List.of(TenantAuthority.platformAdmin())));
		try {
			return apiClients.register(tenants.findActiveBySlug(slug).orElseThrow(), "Statistikstelle (Test)", scopes);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void discoveryDescribesTheProviderAndTheSigningKeyIsTheStoredOne() throws Exception {
		JsonNode discovery = json.readTree(get("/.well-known/openid-configuration", null).body());
		assertThat(discovery.get("issuer").asString()).isEqualTo("http://localhost:" + port);
		assertThat(discovery.get("token_endpoint").asString()).endsWith("/oauth2/token");
		assertThat(discovery.get("revocation_endpoint").asString()).endsWith("/oauth2/revoke");
		assertThat(discovery.get("introspection_endpoint").asString()).endsWith("/oauth2/introspect");

		JsonNode jwks = json.readTree(get(discovery.get("jwks_uri").asString(), null).body());
		List<String> storedKids = jdbc.queryForList("select kid from platform.signing_key where active", String.class);
		assertThat(jwks.get("keys").valueStream().map(key -> key.get("kid").asString()).toList())
			.containsExactlyInAnyOrderElementsOf(storedKids);
		assertThat(jwks.toString()).doesNotContain("\"d\"");
	}

	@Test
	void rotatedKeySignsNewTokensWhileTheOldOneStillVerifies() throws Exception {
		var client = registerClient("duesseldorf", Set.of("settings.write"));
		String before = json.readTree(form("/oauth2/token", Map.of("grant_type", "client_credentials", "scope", "settings.write"), client.clientId(), client.secret())
			.body()).get("access_token").asString();

		String newKid = signingKeys.rotate();

		String after = json.readTree(form("/oauth2/token", Map.of("grant_type", "client_credentials", "scope", "settings.write"), client.clientId(), client.secret())
			.body()).get("access_token").asString();
		assertThat(header(after).get("kid").asString()).isEqualTo(newKid);
		assertThat(header(before).get("kid").asString()).isNotEqualTo(newKid);
		assertThat(get("/oauth2/jwks", null).body()).contains(newKid, header(before).get("kid").asString());
		String office = json.readTree(get("/api/tenants/duesseldorf", null).body()).get("contactOffice").toString();
		var withOldKey = putJson("/api/duesseldorf/contact-office", office, before);
		assertThat(withOldKey.statusCode()).as(withOldKey.headers().map() + withOldKey.body()).isEqualTo(200);
		assertThat(putJson("/api/duesseldorf/contact-office", office, after).statusCode()).isEqualTo(200);
	}

	private JsonNode header(String jwt) {
		return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
	}

	@Test
	void clientCredentialsTokenWorksForItsOwnTenantOnly() throws Exception {
		var client = registerClient("wiesbaden", Set.of("settings.write"));
		var tokenResponse = form("/oauth2/token", Map.of("grant_type", "client_credentials", "scope", "settings.write"),
				client.clientId(), client.secret());
		assertThat(tokenResponse.statusCode()).isEqualTo(200);
		String token = json.readTree(tokenResponse.body()).get("access_token").asString();
		assertThat(claims(token).get("tenants").toString()).contains("\"slug\":\"wiesbaden\"", "CLIENT");

		String original = get("/api/tenants/wiesbaden", null).body();
		JsonNode office = json.readTree(original).get("contactOffice");
		try {
			String changed = office.toString().replace("\"phone\":null", "\"phone\":\"0611 31-0\"");
			var own = putJson("/api/wiesbaden/contact-office", changed, token);
			assertThat(own.statusCode()).isEqualTo(200);
			assertThat(get("/api/tenants/wiesbaden", null).body()).contains("0611 31-0");

			var foreign = putJson("/api/dietzenbach/contact-office", changed, token);
			assertThat(foreign.statusCode()).isEqualTo(403);
			assertThat(foreign.body()).doesNotContain("Stabsstelle", "Dietzenbach");
			assertThat(get("/api/tenants/dietzenbach", null).body()).contains("Stabsstelle Integration").doesNotContain("0611 31-0");
			assertThat(get("/api/dietzenbach/members", token).statusCode()).isEqualTo(403);
		}
		finally {
			putJson("/api/wiesbaden/contact-office", office.toString(), token);
		}
	}

	@Test
	void clientWithoutTheScopeCannotChangeSettings() throws Exception {
		var client = registerClient("wiesbaden", Set.of("concepts.read"));
		String token = json.readTree(form("/oauth2/token", Map.of("grant_type", "client_credentials"), client.clientId(), client.secret())
			.body()).get("access_token").asString();
		assertThat(putJson("/api/wiesbaden/contact-office", "{\"name\":\"x\"}", token).statusCode()).isEqualTo(403);
	}

	@Test
	void requestsWithoutTokenOrWithAForgedTokenAreRefused() throws Exception {
		assertThat(get("/api/wiesbaden/members", null).statusCode()).isEqualTo(401);
		String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
				+ "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
						"{\"sub\":\"x\",\"tenants\":[{\"id\":\"00000000-0000-0000-0000-000000000000\",\"roles\":[\"TENANT_ADMIN\"]}]}".getBytes())
				+ ".";
		assertThat(get("/api/wiesbaden/members", forged).statusCode()).isEqualTo(401);
	}

	@Test
	void introspectionAndRevocationFollowTheTokensLife() throws Exception {
		var client = registerClient("frankenthal", Set.of("settings.write"));
		String token = json.readTree(form("/oauth2/token", Map.of("grant_type", "client_credentials"), client.clientId(), client.secret())
			.body()).get("access_token").asString();

		var introspection = form("/oauth2/introspect", Map.of("token", token), client.clientId(), client.secret());
		assertThat(introspection.statusCode()).as(introspection.body()).isEqualTo(200);
		assertThat(json.readTree(introspection.body()).get("active").asBoolean()).isTrue();
		assertThat(form("/oauth2/revoke", Map.of("token", token), client.clientId(), client.secret()).statusCode()).isEqualTo(200);
		assertThat(json.readTree(form("/oauth2/introspect", Map.of("token", token), client.clientId(), client.secret()).body())
			.get("active").asBoolean()).isFalse();
		assertThat(get("/api/frankenthal/members", token).statusCode()).as("revoked token at the API").isEqualTo(401);
	}

	@Test
	void authorizationCodeWithPkceYieldsAnIdTokenWithTenantClaimsAndARefreshToken() throws Exception {
		String clientId = "test-app-" + UUID.randomUUID();
		String secret = "test-secret-" + UUID.randomUUID();
		registeredClients.save(RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientSecret(passwords.encode(secret))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(REDIRECT_URI)
			.scope("openid")
			.scope("profile")
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.build());
		String verifier = randomUrlSafe(48);
		String challenge = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		String authorize = "/oauth2/authorize?response_type=code&client_id=" + clientId + "&scope=openid%20profile&state=s123"
				+ "&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)
				+ "&code_challenge=" + challenge + "&code_challenge_method=S256";

		var toSignIn = get(authorize, null);
		assertThat(toSignIn.statusCode()).isEqualTo(302);
		assertThat(toSignIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/anmelden"));
		String csrf = csrfTokenOf(get("/anmelden", null).body());
		var signedIn = form("/anmelden", Map.of("email", DemoAccounts.emailOf("wiesbaden", TenantRole.TENANT_ADMIN),
				"password", PASSWORD, "_csrf", csrf), null, null);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		var toClient = get(signedIn.headers().firstValue("Location").orElseThrow(), null);
		assertThat(toClient.statusCode()).isEqualTo(302);
		String callback = toClient.headers().firstValue("Location").orElseThrow();
		assertThat(callback).startsWith(REDIRECT_URI).contains("state=s123");
		String code = URI.create(callback).getQuery().replaceAll(".*code=([^&]+).*", "$1");

		var tokens = form("/oauth2/token", Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
				"code_verifier", verifier), clientId, secret);
		assertThat(tokens.statusCode()).isEqualTo(200);
		JsonNode issued = json.readTree(tokens.body());
		JsonNode idToken = claims(issued.get("id_token").asString());
		assertThat(idToken.get("email").asString()).isEqualTo(DemoAccounts.emailOf("wiesbaden", TenantRole.TENANT_ADMIN));
		assertThat(idToken.get("tenants").toString()).contains("\"slug\":\"wiesbaden\"", "TENANT_ADMIN").doesNotContain("dietzenbach");

		String accessToken = issued.get("access_token").asString();
		var members = get("/api/wiesbaden/members", accessToken);
		assertThat(members.statusCode()).isEqualTo(200);
		assertThat(members.body()).contains(DemoAccounts.emailOf("wiesbaden", TenantRole.EDITOR))
			.doesNotContain(DemoAccounts.emailOf("dietzenbach", TenantRole.EDITOR));
		var foreign = get("/api/dietzenbach/members", accessToken);
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).doesNotContain("@demo.invalid");

		var refreshed = form("/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token", issued.get("refresh_token").asString()),
				clientId, secret);
		assertThat(refreshed.statusCode()).isEqualTo(200);
		assertThat(get("/api/wiesbaden/members", json.readTree(refreshed.body()).get("access_token").asString()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void authorizationCodeWithoutPkceIsRefused() throws Exception {
		String clientId = "test-app-" + UUID.randomUUID();
		registeredClients.save(RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(REDIRECT_URI)
			.scope("openid")
			.clientSettings(ClientSettings.builder().requireProofKey(true).build())
			.build());
		var response = get("/oauth2/authorize?response_type=code&client_id=" + clientId + "&scope=openid&redirect_uri="
				+ URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8), null);
		assertThat(response.statusCode()).isIn(302, 400);
		response.headers().firstValue("Location").ifPresent(location -> assertThat(location).contains("error="));
	}

	private static String csrfTokenOf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("sign-in form carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static String randomUrlSafe(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}
}
