package de.integrationskonzept.platform.security;

import java.time.Duration;

/**
 * Limits the public forms that send a mail before anyone has signed in (password reset, a
 * municipality's sign-up, a citizen's registration), per recipient address and per client address,
 * so nobody can use the platform to flood an inbox or its mail server. Counted in PostgreSQL, so the
 * limits hold across instances; only keyed hashes of the addresses are stored.
 */
public interface MailRequestLimits {

	/**
	 * Counts a request to send a mail to {@code recipient}, made from {@code clientAddress}, unless a
	 * limit is reached; a refused request is not counted. Counts whether or not the mail is then sent
	 * (e.g. no account has the address), so the answer tells nothing about accounts.
	 * @throws TooManyMailRequests when a limit is reached
	 */
	void count(String recipient, String clientAddress);

	/** Too many requests for this recipient or from this client address; nothing was counted or sent. */
	final class TooManyMailRequests extends RuntimeException {

		private final Duration retryAfter;

		public TooManyMailRequests(Duration retryAfter) {
			super("too many requests for a mail, retry after " + retryAfter);
			this.retryAfter = retryAfter;
		}

		public Duration retryAfter() {
			return retryAfter;
		}

		/** Whole seconds to wait, at least one: the {@code Retry-After} header. */
		public long retryAfterSeconds() {
			return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
		}

		/** Whole minutes to wait, at least one: what the page tells the person. */
		public long retryAfterMinutes() {
			return (retryAfterSeconds() + 59) / 60;
		}
	}
}
