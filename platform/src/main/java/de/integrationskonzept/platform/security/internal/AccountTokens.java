package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.ACCOUNT_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * One-time tokens sent by e-mail (password reset, e-mail confirmation). The link carries 32
 * random bytes; the database keeps only their SHA-256 hash, so a leaked table opens no account.
 * A token works once, before it expires, and only for its purpose.
 */
@Repository
@Transactional
class AccountTokens {

	enum Purpose {
		PASSWORD_RESET, EMAIL_VERIFICATION, DATA_EXPORT
	}

	/** Whom a valid token belongs to and, for a citizen's confirmation, the tenant it names. */
	record Holder(UUID user, TenantId tenant) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DSLContext dsl;

	AccountTokens(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Issues a new token and discards the account's unused tokens of the same purpose, so only
	 * the newest link works.
	 * @return the token for the link (never stored)
	 */
	String issue(UUID user, Purpose purpose, Duration validity, TenantId tenant) {
		discardUnused(user, purpose);
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		dsl.insertInto(ACCOUNT_TOKEN)
			.set(ACCOUNT_TOKEN.TOKEN_HASH, hash(token))
			.set(ACCOUNT_TOKEN.USER_ID, user)
			.set(ACCOUNT_TOKEN.PURPOSE, purpose.name())
			.set(ACCOUNT_TOKEN.EXPIRES_AT, OffsetDateTime.now().plus(validity))
			.set(ACCOUNT_TOKEN.TENANT_ID, tenant == null ? null : tenant.value())
			.execute();
		return token;
	}

	/** Whether the account received a token of this purpose that is still unused and younger than {@code age}. */
	@Transactional(readOnly = true)
	boolean issuedWithin(UUID user, Purpose purpose, Duration age) {
		return dsl.fetchExists(ACCOUNT_TOKEN, ACCOUNT_TOKEN.USER_ID.eq(user), ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()),
				ACCOUNT_TOKEN.USED_AT.isNull(), ACCOUNT_TOKEN.CREATED_AT.gt(OffsetDateTime.now().minus(age)));
	}

	/** The holder of a token that is valid now, without using it up (to show the form it opens). */
	@Transactional(readOnly = true)
	Optional<Holder> holderOf(String token, Purpose purpose) {
		return dsl.select(ACCOUNT_TOKEN.USER_ID, ACCOUNT_TOKEN.TENANT_ID)
			.from(ACCOUNT_TOKEN)
			.where(ACCOUNT_TOKEN.TOKEN_HASH.eq(hash(token)), ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()),
					ACCOUNT_TOKEN.USED_AT.isNull(), ACCOUNT_TOKEN.EXPIRES_AT.gt(OffsetDateTime.now()))
			.fetchOptional(row -> new Holder(row.value1(), row.value2() == null ? null : new TenantId(row.value2())));
	}

	/**
	 * Uses a valid token up. A single conditional update, so two requests racing with the same
	 * token cannot both succeed.
	 */
	Optional<Holder> redeem(String token, Purpose purpose) {
		return dsl.update(ACCOUNT_TOKEN)
			.set(ACCOUNT_TOKEN.USED_AT, OffsetDateTime.now())
			.where(ACCOUNT_TOKEN.TOKEN_HASH.eq(hash(token)), ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()),
					ACCOUNT_TOKEN.USED_AT.isNull(), ACCOUNT_TOKEN.EXPIRES_AT.gt(OffsetDateTime.now()))
			.returning(ACCOUNT_TOKEN.USER_ID, ACCOUNT_TOKEN.TENANT_ID)
			.fetchOptional(row -> new Holder(row.getUserId(), row.getTenantId() == null ? null : new TenantId(row.getTenantId())));
	}

	void discardUnused(UUID user, Purpose purpose) {
		dsl.deleteFrom(ACCOUNT_TOKEN)
			.where(ACCOUNT_TOKEN.USER_ID.eq(user), ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()), ACCOUNT_TOKEN.USED_AT.isNull())
			.execute();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
