package de.integrationskonzept.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The people holding a role in the current tenant, for modules that keep lists of people by account
 * id (working groups, expert circles, voters, workshop participants) and let staff pick them. Only
 * accounts with a membership in the current tenant are ever answered; others are as absent as
 * unknown ones. To write to a person, use {@code platform.mail.AccountMail}: it needs no address.
 */
public interface TenantPeople {

	/**
	 * The person with this e-mail address. Requires {@code EDITOR}: only staff may find out whether
	 * an address belongs to someone here.
	 */
	Optional<Person> byEmail(String email);

	/**
	 * The person with this e-mail address or account id (as text), for forms that accept either;
	 * empty when blank or nobody here. Requires {@code EDITOR}, like {@link #byEmail(String)}.
	 */
	Optional<Person> byEmailOrId(String emailOrAccountId);

	/**
	 * Those of the given accounts that hold a role here, by name. Requires {@code CONTRIBUTOR};
	 * callers decide whom they show names and addresses to.
	 */
	List<Person> byIds(Collection<UUID> accountIds);

	/**
	 * How many accounts hold any role (from {@code CITIZEN} up). Needs no role: a number without
	 * personal data, shown in public results.
	 */
	int count();

	/** A person of the tenant with their highest role there. */
	record Person(UUID id, String email, String displayName, TenantRole role) {
	}
}
