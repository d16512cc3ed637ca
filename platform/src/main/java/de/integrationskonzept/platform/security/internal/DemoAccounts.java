package de.integrationskonzept.platform.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Demo accounts for local use: for every active tenant an admin, an editor, a contributor and
 * a citizen, plus one platform admin (with a documented TOTP secret). They are marked as demo
 * accounts, and sign-in refuses them wherever {@code ik.demo.accounts-enabled} is false (prod).
 * Addresses use the reserved top-level domain {@code .invalid}, so no mail ever leaves for them.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ik.demo.accounts-enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
	static final String DOMAIN = "demo.invalid";

	private final UserAccounts accounts;
	private final Tenants tenants;
	private final TenantScope tenantScope;
	private final TransactionTemplate transactions;
	private final PasswordEncoder passwords;
	private final SecretBox secretBox;
	private final String password;
	private final String platformAdminTotpSecret;

	DemoAccounts(UserAccounts accounts, Tenants tenants, TenantScope tenantScope, TransactionTemplate transactions,
			PasswordEncoder passwords, SecretBox secretBox, @Value("${ik.demo.password}") String password,
			@Value("${ik.demo.platform-admin-totp-secret}") String platformAdminTotpSecret) {
		this.accounts = accounts;
		this.tenants = tenants;
		this.tenantScope = tenantScope;
		this.transactions = transactions;
		this.passwords = passwords;
		this.secretBox = secretBox;
		this.password = password;
		this.platformAdminTotpSecret = platformAdminTotpSecret;
	}

	static String emailOf(String slug, TenantRole role) {
		return role.name().toLowerCase().replace('_', '-') + "." + slug + "@" + DOMAIN;
	}

	static String platformAdminEmail() {
		return "plattform-admin@" + DOMAIN;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		if (accounts.findByEmail(platformAdminEmail()).isEmpty()) {
			transactions.executeWithoutResult(status -> {
				var id = accounts.create(platformAdminEmail(), "Plattform-Administration (Demo)", passwords.encode(password),
						Account.Status.ACTIVE, true, true, true);
				accounts.storeTotpSecret(id, secretBox.encrypt(platformAdminTotpSecret));
				accounts.enableTotp(id);
			});
			created++;
		}
		for (Tenant tenant : tenants.findActive()) {
			for (TenantRole role : TenantRole.values()) {
				String email = emailOf(tenant.slug(), role);
				if (accounts.findByEmail(email).isPresent()) {
					continue;
				}
				tenantScope.runAs(tenant.id(), () -> transactions.executeWithoutResult(status -> {
					var id = accounts.create(email, label(role) + " " + tenant.shortName() + " (Demo)", passwords.encode(password),
							Account.Status.ACTIVE, true, false, true);
					accounts.grant(id, role, null);
				}));
				created++;
			}
		}
		if (created > 0) {
			LOG.info("Created {} demo accounts (password and addresses: README, local use only)", created);
		}
	}

	private static String label(TenantRole role) {
		return switch (role) {
			case TENANT_ADMIN -> "Administration";
			case EDITOR -> "Redaktion";
			case CONTRIBUTOR -> "Arbeitsgruppe";
			case CITIZEN -> "Bürgerin";
		};
	}
}
