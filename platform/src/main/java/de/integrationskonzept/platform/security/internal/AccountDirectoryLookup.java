package de.integrationskonzept.platform.security.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.security.AccountDirectory;

/** Looks accounts up by id; only active ones can be reached. */
@Component
class AccountDirectoryLookup implements AccountDirectory {

	private final UserAccounts accounts;

	AccountDirectoryLookup(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<Contact> contact(UUID accountId) {
		return accounts.findById(accountId).filter(account -> account.status() == Account.Status.ACTIVE)
			.map(account -> new Contact(account.email(), account.displayName()));
	}
}
