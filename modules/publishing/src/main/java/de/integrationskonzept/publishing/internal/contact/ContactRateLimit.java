package de.integrationskonzept.publishing.internal.contact;

import static de.integrationskonzept.publishing.internal.db.Tables.CONTACT_SUBMISSION;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * At most {@code ik.publishing.contact.max-per-hour} accepted messages per client address, per
 * tenant and hour. Kept in PostgreSQL rather than in memory so the limit holds across all
 * instances and restarts; the address itself is never stored, only an HMAC of it (keyed with
 * {@code ik.security.secret-key}, bound to the tenant), and rows older than an hour are removed
 * on the next submission and by {@link ContactRetention}.
 */
@Component
class ContactRateLimit {

	private final DSLContext dsl;
	private final byte[] secret;
	private final int maxPerHour;

	ContactRateLimit(DSLContext dsl, @Value("${ik.security.secret-key}") String secret,
			@Value("${ik.publishing.contact.max-per-hour:5}") int maxPerHour) {
		this.dsl = dsl;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.maxPerHour = maxPerHour;
	}

	String keyFor(TenantId tenant, String clientAddress) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((tenant.value() + "|" + clientAddress).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	/**
	 * Whether this client already sent the maximum within the last hour. Locks the client's key
	 * until the transaction ends, so parallel submissions are counted one after the other.
	 */
	boolean reached(String key) {
		dsl.fetch("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", key);
		dsl.deleteFrom(CONTACT_SUBMISSION)
			.where(CONTACT_SUBMISSION.CLIENT_KEY.eq(key), CONTACT_SUBMISSION.SUBMITTED_AT.lt(anHourAgo()))
			.execute();
		return dsl.fetchCount(CONTACT_SUBMISSION, CONTACT_SUBMISSION.CLIENT_KEY.eq(key)) >= maxPerHour;
	}

	void record(String key) {
		dsl.insertInto(CONTACT_SUBMISSION)
			.set(CONTACT_SUBMISSION.TENANT_ID, TenantContext.require().value())
			.set(CONTACT_SUBMISSION.ID, UUID.randomUUID())
			.set(CONTACT_SUBMISSION.CLIENT_KEY, key)
			.execute();
	}

	/** Removes every entry older than an hour (of the bound tenant). */
	int purge() {
		return dsl.deleteFrom(CONTACT_SUBMISSION).where(CONTACT_SUBMISSION.SUBMITTED_AT.lt(anHourAgo())).execute();
	}

	int maxPerHour() {
		return maxPerHour;
	}

	private static Field<OffsetDateTime> anHourAgo() {
		return DSL.field("now() - interval '1 hour'", SQLDataType.TIMESTAMPWITHTIMEZONE);
	}
}
