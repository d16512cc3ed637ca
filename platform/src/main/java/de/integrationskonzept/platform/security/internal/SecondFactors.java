package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.RECOVERY_CODE;
import static de.integrationskonzept.platform.internal.db.Tables.TENANT_SECURITY_SETTING;
import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.persistence.TenantScope;

/**
 * The second factor (TOTP with recovery codes): who needs it, enrolment, and verification.
 * Platform admins always need it; staff need it when their tenant requires it; anybody who
 * enrolled uses it.
 */
@Service
@Transactional
class SecondFactors {

	private static final String ISSUER = "Integrationskonzept-Plattform";
	private static final int RECOVERY_CODE_COUNT = 10;

	private final DSLContext dsl;
	private final UserAccounts accounts;
	private final SecretBox secretBox;
	private final TenantScope tenantScope;

	SecondFactors(DSLContext dsl, UserAccounts accounts, SecretBox secretBox, TenantScope tenantScope) {
		this.dsl = dsl;
		this.accounts = accounts;
		this.secretBox = secretBox;
		this.tenantScope = tenantScope;
	}

	@Transactional(readOnly = true)
	boolean required(Account account) {
		if (account.platformAdmin() || account.totpEnabled()) {
			return true;
		}
		return accounts.membershipsOf(account.id()).stream()
			.filter(membership -> membership.role().isStaff())
			.anyMatch(membership -> tenantScope.callAs(membership.tenant(), () -> dsl
				.select(TENANT_SECURITY_SETTING.STAFF_REQUIRE_TOTP)
				.from(TENANT_SECURITY_SETTING)
				.where(TENANT_SECURITY_SETTING.TENANT_ID.eq(membership.tenant().value()))
				.fetchOptional(TENANT_SECURITY_SETTING.STAFF_REQUIRE_TOTP)
				.orElse(false)));
	}

	/** Starts (or resumes) enrolment: the secret to show to the person's authenticator app. */
	Enrolment enrolment(Account account) {
		String secret = account.encryptedTotpSecret() == null ? null : secretBox.decrypt(account.encryptedTotpSecret());
		if (secret == null) {
			secret = Totp.newSecret();
			accounts.storeTotpSecret(account.id(), secretBox.encrypt(secret));
		}
		return new Enrolment(secret, Totp.otpauthUri(ISSUER, account.email(), secret));
	}

	record Enrolment(String secret, String otpauthUri) {
	}

	/** True for a valid code from a time step newer than the last accepted one (no replay). */
	boolean verifyCode(UUID user, String code) {
		Account account = accounts.findById(user).orElseThrow();
		if (account.encryptedTotpSecret() == null) {
			return false;
		}
		return Totp.matchingStep(secretBox.decrypt(account.encryptedTotpSecret()), code, Instant.now())
			.map(step -> dsl.update(USER_ACCOUNT)
				.set(USER_ACCOUNT.TOTP_LAST_STEP, step)
				.where(USER_ACCOUNT.ID.eq(user), USER_ACCOUNT.TOTP_LAST_STEP.isNull().or(USER_ACCOUNT.TOTP_LAST_STEP.lt(step)))
				.execute() == 1)
			.orElse(false);
	}

	/** Confirms enrolment with a first valid code and returns the recovery codes, shown once. */
	List<String> confirmEnrolment(UUID user) {
		accounts.enableTotp(user);
		dsl.deleteFrom(RECOVERY_CODE).where(RECOVERY_CODE.USER_ID.eq(user)).execute();
		List<String> codes = RecoveryCodes.generate(RECOVERY_CODE_COUNT);
		for (String code : codes) {
			dsl.insertInto(RECOVERY_CODE, RECOVERY_CODE.USER_ID, RECOVERY_CODE.CODE_HASH).values(user, RecoveryCodes.hash(code)).execute();
		}
		return codes;
	}

	/** Uses up one recovery code; true if it was valid and unused. */
	boolean redeemRecoveryCode(UUID user, String code) {
		return dsl.update(RECOVERY_CODE)
			.set(RECOVERY_CODE.USED_AT, OffsetDateTime.now())
			.where(RECOVERY_CODE.USER_ID.eq(user), RECOVERY_CODE.CODE_HASH.eq(RecoveryCodes.hash(code)), RECOVERY_CODE.USED_AT.isNull())
			.execute() == 1;
	}

}
