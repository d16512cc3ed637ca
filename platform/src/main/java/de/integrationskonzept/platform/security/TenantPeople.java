package de.integrationskonzept.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The people holding a role in the current tenant, for modules that let staff pick members of
 * something (a working group) by e-mail address and show them to each other. Only accounts with a
 * membership in the current tenant are ever answered; others are as absent as unknown ones.
 */
public interface TenantPeople {

	/**
	 * The person with this e-mail address who holds a role in the current tenant. Requires
	 * {@code EDITOR}: only staff may look people up by address.
	 */
	Optional<Person> byEmail(String email);

	/**
	 * Those of the given accounts that hold a role in the current tenant, by name. Requires
	 * {@code CONTRIBUTOR}; callers decide whom they show the names to.
	 */
	List<Person> byIds(Collection<UUID> accountIds);

	/** A person of the tenant with their highest role there. */
	record Person(UUID id, String email, String displayName, TenantRole role) {
	}
}
