package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.API_CLIENT;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.tenancy.Tenant;

/**
 * Machine clients of a tenant (client credentials), e.g. a statistics office pushing indicator
 * data. Only platform admins register them; the secret is shown once and stored hashed.
 */
@Service
class ApiClients {

	/** Scopes a client may be given; each API documents which one it requires. */
	static final Set<String> SCOPES = Set.of("concepts.read", "concepts.write", "monitoring.read", "monitoring.write",
			"participation.read", "settings.write");

	static final int MAX_NAME_LENGTH = 200;

	private final RegisteredClientRepository registeredClients;
	private final PasswordEncoder passwords;
	private final TenantScope tenantScope;
	private final DSLContext dsl;
	private final SecurityAudit audit;
	private final SecureRandom random = new SecureRandom();

	ApiClients(RegisteredClientRepository registeredClients, PasswordEncoder passwords, TenantScope tenantScope, DSLContext dsl,
			SecurityAudit audit) {
		this.registeredClients = registeredClients;
		this.passwords = passwords;
		this.tenantScope = tenantScope;
		this.dsl = dsl;
		this.audit = audit;
	}

	record Registration(String clientId, String secret, List<String> scopes) {
	}

	@Transactional
	Registration register(Tenant tenant, String name, Set<String> scopes) {
		AccessControl.requirePlatformAdmin();
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Bitte geben Sie einen Namen für den API-Client an.");
		}
		// The authorization server stores the name in a varchar(200); the form's maxlength is only a hint.
		if (name.strip().length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("Der Name darf höchstens " + MAX_NAME_LENGTH + " Zeichen lang sein.");
		}
		if (scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
			throw new IllegalArgumentException("Unbekannte oder fehlende Scopes: " + scopes);
		}
		String clientId = tenant.slug() + "-" + UUID.randomUUID().toString().substring(0, 8);
		String secret = newSecret();
		registeredClients.save(RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientSecret(passwords.encode(secret))
			.clientName(name.strip())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes(registered -> registered.addAll(scopes))
			.clientSettings(ClientSettings.builder().setting(TenantClaims.CLIENT_TENANT_SETTING, tenant.id().toString()).build())
			.tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
			.build());
		tenantScope.runAs(tenant.id(), () -> dsl.insertInto(API_CLIENT)
			.set(API_CLIENT.TENANT_ID, tenant.id().value())
			.set(API_CLIENT.CLIENT_ID, clientId)
			.set(API_CLIENT.NAME, name.strip())
			.set(API_CLIENT.SCOPES, scopes.toArray(String[]::new))
			.execute());
		audit.record(tenant.id(), AccessControl.actor().orElse("?"), "API_CLIENT_REGISTERED", clientId + " " + new TreeSet<>(scopes));
		return new Registration(clientId, secret, List.copyOf(new TreeSet<>(scopes)));
	}

	private String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
