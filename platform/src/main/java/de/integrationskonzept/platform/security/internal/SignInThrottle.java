package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.SIGN_IN_FAILURE;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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

	private final DSLContext dsl;
	private final byte[] secret;
	private final Duration window;
	private final int perAccount;
	private final int perAddress;
	private final int perClient;

	SignInThrottle(DSLContext dsl, @Value("${ik.security.secret-key}") String secret,
			@Value("${ik.security.sign-in-throttle.window:PT15M}") Duration window,
			@Value("${ik.security.sign-in-throttle.per-account:10}") int perAccount,
			@Value("${ik.security.sign-in-throttle.per-address:50}") int perAddress,
			@Value("${ik.security.sign-in-throttle.per-client:10}") int perClient) {
		this.dsl = dsl;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.window = window;
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
		return window;
	}

	private void purgeExpired() {
		dsl.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.FAILED_AT.le(OffsetDateTime.now(ZoneOffset.UTC).minus(window))).execute();
	}

	private void record(Kind kind, String identifier) {
		if (identifier == null || identifier.isBlank()) {
			return;
		}
		dsl.insertInto(SIGN_IN_FAILURE)
			.set(SIGN_IN_FAILURE.ID, UUID.randomUUID())
			.set(SIGN_IN_FAILURE.KIND, kind.name())
			.set(SIGN_IN_FAILURE.THROTTLE_KEY, keyFor(kind, identifier))
			.execute();
	}

	/**
	 * Blocked while at least {@code max} failures lie within the window; free again once enough of them
	 * have left it (sliding window): when the failure {@code max}-th from the newest is older than the window.
	 */
	private Optional<Duration> blockedFor(Kind kind, String identifier, int max) {
		if (identifier == null || identifier.isBlank()) {
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		OffsetDateTime deciding = dsl.select(SIGN_IN_FAILURE.FAILED_AT)
			.from(SIGN_IN_FAILURE)
			.where(SIGN_IN_FAILURE.KIND.eq(kind.name()), SIGN_IN_FAILURE.THROTTLE_KEY.eq(keyFor(kind, identifier)),
					SIGN_IN_FAILURE.FAILED_AT.gt(now.minus(window)))
			.orderBy(SIGN_IN_FAILURE.FAILED_AT.desc())
			.offset(max - 1)
			.limit(1)
			.fetchOne(SIGN_IN_FAILURE.FAILED_AT);
		return deciding == null ? Optional.empty() : Optional.of(Duration.between(now, deciding.plus(window)));
	}

	private static Optional<Duration> longest(Optional<Duration> first, Optional<Duration> second) {
		if (first.isEmpty()) {
			return second;
		}
		return second.filter(other -> other.compareTo(first.get()) > 0).or(() -> first);
	}

	private static String normalised(String name) {
		return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
	}

	private String keyFor(Kind kind, String identifier) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((kind.name() + "|" + identifier).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}
}
