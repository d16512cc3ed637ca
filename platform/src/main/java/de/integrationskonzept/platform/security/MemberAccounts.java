package de.integrationskonzept.platform.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts holding a role in the current tenant, for modules that keep lists of people (expert
 * circles, voters) by account id. Reads under the tenant's row-level security on memberships.
 */
public interface MemberAccounts {

	/**
	 * The account id of a member of the current tenant, given the e-mail address or the account id
	 * (as text); empty when no such account holds a role here.
	 */
	Optional<UUID> findMember(String emailOrAccountId);

	/** The e-mail addresses of those of {@code accounts} that still exist, for staff lists; requires {@code EDITOR}. */
	Map<UUID, String> emailsOf(Collection<UUID> accounts);

	/** How many accounts hold any role (from {@code CITIZEN} up) in the current tenant. */
	int countMembers();
}
