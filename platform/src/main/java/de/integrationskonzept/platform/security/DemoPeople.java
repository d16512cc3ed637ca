package de.integrationskonzept.platform.security;

import java.util.UUID;

/**
 * Further demo accounts for modules that load demo content needing several distinct people (example
 * ideas, ratings, votes). They are created like the platform's own demo accounts: marked as demo,
 * under the reserved domain {@code demo.invalid} (no mail leaves), with the documented demo password,
 * refused at sign-in wherever demo accounts are disabled. Exists only where
 * {@code ik.demo.accounts-enabled} is true.
 */
public interface DemoPeople {

	/**
	 * The account {@code <name>.<tenant slug>@demo.invalid}, holding {@code role} in the current tenant;
	 * created (with {@code displayName}, suffixed "(Demo)") when it does not exist yet.
	 *
	 * @param name lower-case letters, digits and hyphens, e.g. {@code buergerin-2}
	 * @return the e-mail address, the name the demo account acts under
	 */
	String ensure(String name, String displayName, TenantRole role);

	/** The address of the platform's own demo account of {@code role} in the current tenant (e.g. {@code citizen.<slug>@demo.invalid}). */
	String standard(TenantRole role);

	/** The account id behind a demo address, when it exists. */
	java.util.Optional<UUID> idOf(String email);
}
