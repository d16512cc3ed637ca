package de.integrationskonzept.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * How to reach a person whose account id a module stored (e.g. a workshop participant moved up
 * from the waiting list): modules keep only the id and look the address up when they must write,
 * so a deleted account leaves nothing behind to reach.
 */
public interface AccountDirectory {

	/** The active account's address and display name; empty for deleted, disabled or unconfirmed accounts. */
	Optional<Contact> contact(UUID accountId);

	record Contact(String email, String displayName) {
	}
}
