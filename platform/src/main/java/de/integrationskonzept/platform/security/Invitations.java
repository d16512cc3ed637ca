package de.integrationskonzept.platform.security;

import java.time.Duration;

/**
 * Invitations to join the current tenant with a role. The invited person receives a link that
 * is valid for {@link #VALIDITY} and only once: a new person sets their name and password with
 * it; someone who already has an account signs in first and then accepts.
 */
public interface Invitations {

	Duration VALIDITY = Duration.ofDays(7);

	/**
	 * Invites {@code email} to the current tenant with {@code role}; the mail leaves after the
	 * commit. Requires {@code TENANT_ADMIN} in the current tenant, or a platform admin (who invites
	 * the first administrator of a municipality whose sign-up was approved).
	 *
	 * @param displayName the person's name if the inviter knows it: an account without password
	 *     (status {@code PENDING}) is then prepared for them unless one exists; may be {@code null}
	 * @throws IllegalArgumentException when the address is not a valid e-mail address or the
	 *     person already holds the role
	 */
	void invite(String email, String displayName, TenantRole role);
}
