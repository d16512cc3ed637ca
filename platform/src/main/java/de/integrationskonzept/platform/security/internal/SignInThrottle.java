package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.SIGN_IN_FAILURE;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing across all app instances: failed sign-ins are counted in PostgreSQL
 * in a sliding window per submitted account name (also names without an account, so the answer does
 * not tell which exist), per client address (password spraying over many names) and per OAuth2
 * client. Only HMACs of the names and addresses are stored. Complements the per-account lockout in
 * {@link SignInAttempts}; a successful sign-in resets nothing here, so an attacker's own account
 * cannot clear the counter of the address it signs in from.
 */
@Component
class SignInThrottle {

	/** What a failure is counted against. */
	enum Kind {
		ACCOUNT, ADDRESS, CLIENT
	}

	private final HashedSlidingWindow failures;
	private final int perAccount;
	private final int perAddress;
	private final int perClient;

	SignInThrottle(DSLContext dsl, @Value("${ik.security.secret-key}") String secret,
			@Value("${ik.security.sign-in-throttle.window:PT15M}") Duration window,
			@Value("${ik.security.sign-in-throttle.per-account:10}") int perAccount,
			@Value("${ik.security.sign-in-throttle.per-address:50}") int perAddress,
			@Value("${ik.security.sign-in-throttle.per-client:10}") int perClient) {
		this.failures = new HashedSlidingWindow(dsl, secret, new HashedSlidingWindow.Columns(SIGN_IN_FAILURE, SIGN_IN_FAILURE.ID,
				SIGN_IN_FAILURE.KIND, SIGN_IN_FAILURE.THROTTLE_KEY, SIGN_IN_FAILURE.FAILED_AT), window);
		this.perAccount = perAccount;
		this.perAddress = perAddress;
		this.perClient = perClient;
	}

	/** How long a password sign-in for {@code name} from {@code address} must wait, if it must. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Duration> signInBlocked(String name, String address) {
		return longest(blockedFor(Kind.ACCOUNT, normalised(name), perAccount), blockedFor(Kind.ADDRESS, address, perAddress));
	}

	/** How long an OAuth2 client's authentication from {@code address} must wait, if it must. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Duration> clientBlocked(String clientId, String address) {
		return longest(blockedFor(Kind.CLIENT, clientId, perClient), blockedFor(Kind.ADDRESS, address, perAddress));
	}

	/** Counts a wrong password (or second-factor code) for the name and the address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void signInFailed(String name, String address) {
		purgeExpired();
		record(Kind.ACCOUNT, normalised(name));
		record(Kind.ADDRESS, address);
	}

	/** Counts a failed client authentication for the client and the address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void clientFailed(String clientId, String address) {
		purgeExpired();
		record(Kind.CLIENT, clientId);
		record(Kind.ADDRESS, address);
	}

	Duration window() {
		return failures.window();
	}

	private void purgeExpired() {
		failures.purgeExpired();
	}

	private void record(Kind kind, String identifier) {
		failures.record(kind.name(), identifier);
	}

	private Optional<Duration> blockedFor(Kind kind, String identifier, int max) {
		return failures.blockedFor(kind.name(), identifier, max);
	}

	private static Optional<Duration> longest(Optional<Duration> first, Optional<Duration> second) {
		return HashedSlidingWindow.longest(first, second);
	}

	private static String normalised(String name) {
		return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
	}
}
