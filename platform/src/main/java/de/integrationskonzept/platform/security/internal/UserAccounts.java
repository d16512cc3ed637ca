package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.MEMBERSHIP;
import static de.integrationskonzept.platform.internal.db.Tables.TENANT;
import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.internal.db.tables.records.UserAccountRecord;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Accounts and memberships in PostgreSQL. Accounts are global (a person may act for several
 * tenants); memberships are tenant-owned and read across tenants only for the person's own
 * sign-in.
 */
@Repository
@Transactional
public class UserAccounts {

	private final DSLContext dsl;
	private final TenantScope tenantScope;

	UserAccounts(DSLContext dsl, TenantScope tenantScope) {
		this.dsl = dsl;
		this.tenantScope = tenantScope;
	}

	static String normalizeEmail(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.EMAIL.eq(normalizeEmail(email)))
			.fetchOptional(UserAccounts::toAccount);
	}

	@Transactional(readOnly = true)
	public Optional<Account> findById(UUID id) {
		return dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(id)).fetchOptional(UserAccounts::toAccount);
	}

	/** The person's memberships in active tenants, across tenants (for their own session or token). */
	@Transactional(readOnly = true)
	public List<Membership> membershipsOf(UUID user) {
		return tenantScope.callForOwnAccount(user, () -> dsl
			.select(MEMBERSHIP.TENANT_ID, TENANT.SLUG, MEMBERSHIP.ROLE)
			.from(MEMBERSHIP)
			.join(TENANT).on(TENANT.ID.eq(MEMBERSHIP.TENANT_ID))
			.where(MEMBERSHIP.USER_ID.eq(user), TENANT.STATUS.eq("ACTIVE"))
			.orderBy(TENANT.SLUG, MEMBERSHIP.ROLE)
			.fetch(row -> new Membership(new TenantId(row.value1()), row.value2(), TenantRole.valueOf(row.value3()))));
	}

	public UUID create(String email, String displayName, String passwordHash, Account.Status status, boolean emailVerified,
			boolean platformAdmin, boolean demo) {
		UUID id = UUID.randomUUID();
		dsl.insertInto(USER_ACCOUNT)
			.set(USER_ACCOUNT.ID, id)
			.set(USER_ACCOUNT.EMAIL, normalizeEmail(email))
			.set(USER_ACCOUNT.DISPLAY_NAME, displayName)
			.set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
			.set(USER_ACCOUNT.STATUS, status.name())
			.set(USER_ACCOUNT.EMAIL_VERIFIED_AT, emailVerified ? OffsetDateTime.now() : null)
			.set(USER_ACCOUNT.PLATFORM_ADMIN, platformAdmin)
			.set(USER_ACCOUNT.DEMO, demo)
			.execute();
		return id;
	}

	public void setPassword(UUID user, String passwordHash) {
		dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
			.set(USER_ACCOUNT.STATUS, Account.Status.ACTIVE.name())
			.set(USER_ACCOUNT.FAILED_LOGINS, 0)
			.setNull(USER_ACCOUNT.LOCKED_UNTIL)
			.set(USER_ACCOUNT.UPDATED_AT, OffsetDateTime.now())
			.where(USER_ACCOUNT.ID.eq(user))
			.execute();
	}

	public void rename(UUID user, String displayName) {
		dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.DISPLAY_NAME, displayName)
			.set(USER_ACCOUNT.UPDATED_AT, OffsetDateTime.now())
			.where(USER_ACCOUNT.ID.eq(user), USER_ACCOUNT.DISPLAY_NAME.ne(displayName))
			.execute();
	}

	public void markEmailVerified(UUID user) {
		dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.EMAIL_VERIFIED_AT, OffsetDateTime.now())
			.set(USER_ACCOUNT.UPDATED_AT, OffsetDateTime.now())
			.where(USER_ACCOUNT.ID.eq(user), USER_ACCOUNT.EMAIL_VERIFIED_AT.isNull())
			.execute();
	}

	/** Activates an account that waited for its e-mail confirmation; a disabled account stays disabled. */
	public void activate(UUID user) {
		dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.STATUS, Account.Status.ACTIVE.name())
			.set(USER_ACCOUNT.UPDATED_AT, OffsetDateTime.now())
			.where(USER_ACCOUNT.ID.eq(user), USER_ACCOUNT.STATUS.eq(Account.Status.PENDING.name()))
			.execute();
	}

	/** A repeated registration before the confirmation replaces name and password: the newest one counts. */
	public void replaceUnconfirmedRegistration(UUID user, String displayName, String passwordHash) {
		dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.DISPLAY_NAME, displayName)
			.set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
			.set(USER_ACCOUNT.UPDATED_AT, OffsetDateTime.now())
			.where(USER_ACCOUNT.ID.eq(user), USER_ACCOUNT.STATUS.eq(Account.Status.PENDING.name()))
			.execute();
	}

	/** Grants a role in the current tenant (RLS refuses any other tenant). */
	public void grant(UUID user, TenantRole role, UUID grantedBy) {
		dsl.insertInto(MEMBERSHIP)
			.set(MEMBERSHIP.TENANT_ID, TenantContext.require().value())
			.set(MEMBERSHIP.USER_ID, user)
			.set(MEMBERSHIP.ROLE, role.name())
			.set(MEMBERSHIP.GRANTED_BY, grantedBy)
			.onConflictDoNothing()
			.execute();
	}

	/**
	 * Counts a failed sign-in; from the {@code threshold}-th consecutive failure on, the account is
	 * locked for a time that doubles with every further failure, up to {@code maxLock}.
	 * @return the time the account is locked until, if it is now locked
	 */
	public Optional<Instant> recordFailedSignIn(String email, int threshold, Duration firstLock, Duration maxLock) {
		var updated = dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.FAILED_LOGINS, USER_ACCOUNT.FAILED_LOGINS.plus(1))
			.where(USER_ACCOUNT.EMAIL.eq(normalizeEmail(email)))
			.returning(USER_ACCOUNT.ID, USER_ACCOUNT.FAILED_LOGINS)
			.fetchOptional();
		if (updated.isEmpty() || updated.get().getFailedLogins() < threshold) {
			return Optional.empty();
		}
		int beyond = Math.min(updated.get().getFailedLogins() - threshold, 20);
		Duration lock = firstLock.multipliedBy(1L << beyond);
		Instant until = Instant.now().plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
		dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.LOCKED_UNTIL, until.atOffset(ZoneOffset.UTC))
			.where(USER_ACCOUNT.ID.eq(updated.get().getId()))
			.execute();
		return Optional.of(until);
	}

	public void recordSuccessfulSignIn(String email) {
		dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.FAILED_LOGINS, 0)
			.setNull(USER_ACCOUNT.LOCKED_UNTIL)
			.where(USER_ACCOUNT.EMAIL.eq(normalizeEmail(email)), USER_ACCOUNT.FAILED_LOGINS.gt(0))
			.execute();
	}

	public void storeTotpSecret(UUID user, String encryptedSecret) {
		dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.TOTP_SECRET, encryptedSecret)
			.setNull(USER_ACCOUNT.TOTP_ENABLED_AT)
			.where(USER_ACCOUNT.ID.eq(user))
			.execute();
	}

	public void enableTotp(UUID user) {
		dsl.update(USER_ACCOUNT)
			.set(USER_ACCOUNT.TOTP_ENABLED_AT, OffsetDateTime.now())
			.where(USER_ACCOUNT.ID.eq(user), USER_ACCOUNT.TOTP_SECRET.isNotNull())
			.execute();
	}

	static Account toAccount(UserAccountRecord row) {
		return new Account(row.getId(), row.getEmail(), row.getDisplayName(), row.getPasswordHash(),
				Account.Status.valueOf(row.getStatus()), row.getEmailVerifiedAt() != null, row.getPlatformAdmin(),
				row.getFailedLogins(), row.getLockedUntil() == null ? null : row.getLockedUntil().toInstant(),
				row.getTotpSecret(), row.getTotpEnabledAt() != null, row.getDemo());
	}
}
