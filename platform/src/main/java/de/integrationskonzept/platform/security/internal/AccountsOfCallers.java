package de.integrationskonzept.platform.security.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;

/** Resolves the authenticated person (sessions and tokens carry the e-mail address as name) to the account id. */
@Component
class AccountsOfCallers implements CurrentAccount {

	private final UserAccounts accounts;

	AccountsOfCallers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<UUID> id() {
		return AccessControl.actor().flatMap(accounts::findByEmail).map(Account::id);
	}

	@Override
	public UUID require() {
		return id().orElseThrow(() -> new AccessDeniedException("requires a signed-in person"));
	}
}
