package de.integrationskonzept.platform.security.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.security.DemoPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;

/** Creates further demo accounts the way {@link DemoAccounts} does (same code path, marked demo, {@code .invalid}). */
@Component
@ConditionalOnProperty(name = "ik.demo.accounts-enabled", havingValue = "true")
class DemoPeopleAccounts implements DemoPeople {

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

	private final UserAccounts accounts;
	private final Tenants tenants;
	private final TransactionTemplate transactions;
	private final PasswordEncoder passwords;
	private final String password;

	DemoPeopleAccounts(UserAccounts accounts, Tenants tenants, TransactionTemplate transactions, PasswordEncoder passwords,
			@Value("${ik.demo.password}") String password) {
		this.accounts = accounts;
		this.tenants = tenants;
		this.transactions = transactions;
		this.passwords = passwords;
		this.password = password;
	}

	@Override
	public String ensure(String name, String displayName, TenantRole role) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("demo account name: " + name);
		}
		String email = name + "." + slug() + "@" + DemoAccounts.DOMAIN;
		if (accounts.findByEmail(email).isEmpty()) {
			transactions.executeWithoutResult(status -> {
				UUID id = accounts.create(email, displayName + " (Demo)", passwords.encode(password), Account.Status.ACTIVE, true, false, true);
				accounts.grant(id, role, null);
			});
		}
		return email;
	}

	@Override
	public String standard(TenantRole role) {
		return DemoAccounts.emailOf(slug(), role);
	}

	@Override
	public Optional<UUID> idOf(String email) {
		return accounts.findByEmail(email).filter(Account::demo).map(Account::id);
	}

	private String slug() {
		var tenant = TenantContext.require();
		return tenants.findActiveById(tenant).orElseThrow(() -> new IllegalStateException("unknown tenant " + tenant)).slug();
	}
}
