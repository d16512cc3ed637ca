package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.RATE_LIMIT_HIT;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.security.RateLimits;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Component
@Transactional(propagation = Propagation.MANDATORY)
class PostgresRateLimits implements RateLimits {

	private final DSLContext dsl;
	private final byte[] secret;

	PostgresRateLimits(DSLContext dsl, @Value("${ik.security.secret-key}") String secret) {
		this.dsl = dsl;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public boolean reached(Limit limit, String client) {
		String key = keyFor(limit, client);
		dsl.fetch("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", key);
		dsl.deleteFrom(RATE_LIMIT_HIT)
			.where(RATE_LIMIT_HIT.ACTION.eq(limit.action()), RATE_LIMIT_HIT.CLIENT_KEY.eq(key), RATE_LIMIT_HIT.EXPIRES_AT.le(DSL.currentOffsetDateTime()))
			.execute();
		return dsl.fetchCount(RATE_LIMIT_HIT, RATE_LIMIT_HIT.ACTION.eq(limit.action()), RATE_LIMIT_HIT.CLIENT_KEY.eq(key)) >= limit.max();
	}

	@Override
	public void record(Limit limit, String client) {
		dsl.insertInto(RATE_LIMIT_HIT)
			.set(RATE_LIMIT_HIT.TENANT_ID, TenantContext.require().value())
			.set(RATE_LIMIT_HIT.ID, UUID.randomUUID())
			.set(RATE_LIMIT_HIT.ACTION, limit.action())
			.set(RATE_LIMIT_HIT.CLIENT_KEY, keyFor(limit, client))
			.set(RATE_LIMIT_HIT.EXPIRES_AT, OffsetDateTime.now(ZoneOffset.UTC).plus(limit.window()))
			.execute();
	}

	@Override
	public int purgeExpired() {
		return dsl.deleteFrom(RATE_LIMIT_HIT).where(RATE_LIMIT_HIT.EXPIRES_AT.le(DSL.currentOffsetDateTime())).execute();
	}

	private String keyFor(Limit limit, String client) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			String bound = TenantContext.require().value() + "|" + limit.action() + "|" + (client == null ? "" : client);
			return HexFormat.of().formatHex(mac.doFinal(bound.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}
}
