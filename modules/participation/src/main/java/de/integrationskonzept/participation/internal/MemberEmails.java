package de.integrationskonzept.participation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.integrationskonzept.platform.security.TenantPeople;

/**
 * The addresses behind account ids in staff lists (expert circles, voters): modules store only the
 * ids, so the lists look the addresses up when shown.
 */
final class MemberEmails {

	/** Shown for an account that was deleted or holds no role in the municipality any more. */
	static final String GONE = "?";

	private MemberEmails() {
	}

	/** Each account's address in the given order; {@link #GONE} for who is no longer a member. Requires what {@link TenantPeople#byIds} does. */
	static Map<UUID, String> of(TenantPeople people, Collection<UUID> accounts) {
		Map<UUID, String> known = people.byIds(accounts).stream().collect(Collectors.toMap(TenantPeople.Person::id, TenantPeople.Person::email));
		Map<UUID, String> emails = new LinkedHashMap<>();
		accounts.forEach(account -> emails.put(account, known.getOrDefault(account, GONE)));
		return emails;
	}
}
