package de.integrationskonzept.platform.security;

import java.time.Duration;

/**
 * Abuse limits for public forms, per tenant, kept in PostgreSQL so they hold across instances and
 * restarts. A client is identified by whatever fits the form (address, account id, browser token);
 * only an HMAC of it, bound to tenant and action, is stored.
 */
public interface RateLimits {

	/**
	 * At most {@code max} counted uses of {@code action} per client within {@code window}.
	 * @param action a stable name such as {@code contact-message} or {@code idea}
	 */
	record Limit(String action, int max, Duration window) {

		public Limit {
			if (action == null || action.isBlank() || max < 1 || window == null || window.isNegative() || window.isZero()) {
				throw new IllegalArgumentException("a limit needs an action, a positive maximum and a positive window");
			}
		}
	}

	/**
	 * Whether the client has used up the limit. Locks the client's key until the transaction ends,
	 * so parallel attempts of one client are counted one after the other; call it inside the
	 * transaction that then {@link #record records} the use.
	 */
	boolean reached(Limit limit, String client);

	/** Counts one use (typically after it was accepted, so rejected input does not use up the limit). */
	void record(Limit limit, String client);

	/** Removes the current tenant's uses whose window has passed; answers how many. */
	int purgeExpired();
}
