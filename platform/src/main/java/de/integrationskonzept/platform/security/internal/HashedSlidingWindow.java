package de.integrationskonzept.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Counts events per identifier in a global PostgreSQL table within a sliding window, for the throttles
 * that must hold before any tenant is known (failed sign-ins, mail requests). One row per event; only an
 * HMAC of kind and identifier, keyed with the platform secret, is stored. Callers bring the transaction.
 */
final class HashedSlidingWindow {

	/** The table and its columns: an id, what is counted (kind), the keyed hash, and when it happened. */
	record Columns(Table<?> table, Field<UUID> id, Field<String> kind, Field<String> key, Field<OffsetDateTime> at) {
	}

	private final DSLContext dsl;
	private final byte[] secret;
	private final Columns columns;
	private final Duration window;

	HashedSlidingWindow(DSLContext dsl, String secret, Columns columns, Duration window) {
		this.dsl = dsl;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.columns = columns;
		this.window = window;
	}

	Duration window() {
		return window;
	}

	/**
	 * Blocked while at least {@code max} events lie within the window; free again once enough of them
	 * have left it: when the event {@code max}-th from the newest is older than the window.
	 * @return how long until the next event would be allowed, if one is not allowed now
	 */
	Optional<Duration> blockedFor(String kind, String identifier, int max) {
		if (isBlank(identifier)) {
			return Optional.empty();
		}
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		OffsetDateTime deciding = dsl.select(columns.at())
			.from(columns.table())
			.where(columns.kind().eq(kind), columns.key().eq(keyFor(kind, identifier)), columns.at().gt(now.minus(window)))
			.orderBy(columns.at().desc())
			.offset(max - 1)
			.limit(1)
			.fetchOne(columns.at());
		return deciding == null ? Optional.empty() : Optional.of(Duration.between(now, deciding.plus(window)));
	}

	/** Counts one event; nothing for a missing identifier. */
	void record(String kind, String identifier) {
		if (isBlank(identifier)) {
			return;
		}
		dsl.insertInto(columns.table())
			.set(columns.id(), UUID.randomUUID())
			.set(columns.kind(), kind)
			.set(columns.key(), keyFor(kind, identifier))
			.execute();
	}

	/**
	 * Serialises check and count for one identifier across all instances until the transaction ends, so
	 * parallel requests cannot all pass the check before any of them is counted.
	 */
	void lock(String kind, String identifier) {
		if (!isBlank(identifier)) {
			dsl.fetch("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", keyFor(kind, identifier));
		}
	}

	void purgeExpired() {
		dsl.deleteFrom(columns.table()).where(columns.at().le(OffsetDateTime.now(ZoneOffset.UTC).minus(window))).execute();
	}

	/** The longer of two waits. */
	static Optional<Duration> longest(Optional<Duration> first, Optional<Duration> second) {
		if (first.isEmpty()) {
			return second;
		}
		return second.filter(other -> other.compareTo(first.get()) > 0).or(() -> first);
	}

	private static boolean isBlank(String identifier) {
		return identifier == null || identifier.isBlank();
	}

	private String keyFor(String kind, String identifier) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((kind + "|" + identifier).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}
}
