package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.INVITATION;
import static de.integrationskonzept.platform.internal.db.Tables.MEMBERSHIP;
import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.internal.db.tables.records.InvitationRecord;
import de.integrationskonzept.platform.mail.Mailer;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.Invitations;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Invitations in PostgreSQL ({@code platform.invitation}, tenant-owned: a link is only ever
 * found under the path of the tenant that sent it). The link carries a random token; only its
 * hash is stored. Accepting marks the invitation used in the same statement that checks it is
 * still open, so a link works once even when clicked twice at the same moment.
 */
@Service
@Transactional
class TenantInvitations implements Invitations {

	/** The same rule as the {@code user_account.email} check in the database. */
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	static final int MAXIMUM_NAME_LENGTH = 200;

	private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'", Locale.GERMAN)
		.withZone(ZoneId.of("Europe/Berlin"));

	private final DSLContext dsl;
	private final UserAccounts accounts;
	private final Tenants tenants;
	private final Mailer mailer;
	private final MessageSource messages;
	private final SecurityAudit audit;
	private final PasswordEncoder passwords;
	private final PasswordPolicy passwordPolicy;

	TenantInvitations(DSLContext dsl, UserAccounts accounts, Tenants tenants, Mailer mailer, MessageSource messages,
			SecurityAudit audit, PasswordEncoder passwords, PasswordPolicy passwordPolicy) {
		this.dsl = dsl;
		this.accounts = accounts;
		this.tenants = tenants;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.passwords = passwords;
		this.passwordPolicy = passwordPolicy;
	}

	/** An invitation as its link finds it. */
	record Invitation(TenantId tenant, String tokenHash, String email, TenantRole role, UUID invitedBy, Instant expiresAt,
			Instant acceptedAt) {
	}

	/** An invitation not accepted yet, for the tenant's administrators. */
	record Open(String email, TenantRole role, Instant expiresAt) {
	}

	/** Why a link cannot be used. */
	enum Refusal {
		UNKNOWN, EXPIRED, USED, ACCOUNT_DISABLED, SIGN_IN_REQUIRED, OTHER_ACCOUNT
	}

	static final class RefusedException extends RuntimeException {

		private final Refusal refusal;

		RefusedException(Refusal refusal) {
			super("invitation refused: " + refusal);
			this.refusal = refusal;
		}

		Refusal refusal() {
			return refusal;
		}
	}

	/** Input an invitation cannot be made or accepted with, named by a message key. */
	static final class InvalidInputException extends IllegalArgumentException {

		private final String messageKey;

		InvalidInputException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}
	}

	@Override
	public void invite(String email, String displayName, TenantRole role) {
		if (!AccessControl.isPlatformAdmin()) {
			AccessControl.requireTenantRole(TenantRole.TENANT_ADMIN);
		}
		Objects.requireNonNull(role, "role");
		String address = UserAccounts.normalizeEmail(email);
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new InvalidInputException("invitation.error.email");
		}
		if (holdsRole(address, role)) {
			throw new InvalidInputException("invitation.error.hasRole");
		}
		Tenant tenant = tenants.current();
		if (displayName != null && !displayName.isBlank() && accounts.findByEmail(address).isEmpty()) {
			accounts.create(address, displayName.strip(), null, Account.Status.PENDING, false, false, false);
		}
		String token = Tokens.newToken();
		Instant expires = Instant.now().plus(VALIDITY);
		dsl.insertInto(INVITATION)
			.set(INVITATION.TENANT_ID, tenant.id().value())
			.set(INVITATION.TOKEN_HASH, Tokens.hash(token))
			.set(INVITATION.EMAIL, address)
			.set(INVITATION.ROLE, role.name())
			.set(INVITATION.INVITED_BY, AccessControl.actor().flatMap(accounts::findByEmail).map(Account::id).orElse(null))
			.set(INVITATION.EXPIRES_AT, expires.atOffset(ZoneOffset.UTC))
			.execute();
		mailer.send(address, text("invitation.mail.subject", tenant.name()), text("invitation.mail.body", tenant.name(),
				text("role." + role.name()), mailer.link("/" + tenant.slug() + "/einladung/" + token), MAIL_DATE.format(expires)));
		audit.record("INVITATION_SENT", address + " " + role);
	}

	/** Invitations of the current tenant that are neither accepted nor expired. */
	@Transactional(readOnly = true)
	List<Open> open() {
		AccessControl.requireTenantRole(TenantRole.TENANT_ADMIN);
		return dsl.select(INVITATION.EMAIL, INVITATION.ROLE, INVITATION.EXPIRES_AT)
			.from(INVITATION)
			.where(INVITATION.TENANT_ID.eq(TenantContext.require().value()), INVITATION.ACCEPTED_AT.isNull(),
					INVITATION.EXPIRES_AT.gt(OffsetDateTime.now()))
			.orderBy(INVITATION.CREATED_AT.desc())
			.fetch(row -> new Open(row.value1(), TenantRole.valueOf(row.value2()), row.value3().toInstant()));
	}

	/** The invitation behind a link of the current tenant, if it can still be accepted. */
	@Transactional(readOnly = true)
	Invitation usable(String token) {
		if (token == null || token.isEmpty() || token.length() > Tokens.MAXIMUM_LENGTH) {
			throw new RefusedException(Refusal.UNKNOWN);
		}
		Invitation invitation = dsl.selectFrom(INVITATION)
			.where(INVITATION.TENANT_ID.eq(TenantContext.require().value()), INVITATION.TOKEN_HASH.eq(Tokens.hash(token)))
			.fetchOptional(TenantInvitations::toInvitation)
			.orElseThrow(() -> new RefusedException(Refusal.UNKNOWN));
		if (invitation.acceptedAt() != null) {
			throw new RefusedException(Refusal.USED);
		}
		if (!invitation.expiresAt().isAfter(Instant.now())) {
			throw new RefusedException(Refusal.EXPIRED);
		}
		return invitation;
	}

	/**
	 * Accepts for a person who cannot sign in yet (no account, or one prepared without password):
	 * the link proves the address, so the account becomes active and verified with this password.
	 * An account that can already sign in is never given a new password this way.
	 */
	void acceptWithPassword(String token, String displayName, String password) {
		Invitation invitation = usable(token);
		Optional<Account> existing = accounts.findByEmail(invitation.email());
		if (existing.filter(account -> account.status() == Account.Status.DISABLED).isPresent()) {
			throw new RefusedException(Refusal.ACCOUNT_DISABLED);
		}
		if (existing.filter(Account::canSignIn).isPresent()) {
			throw new RefusedException(Refusal.SIGN_IN_REQUIRED);
		}
		String name = displayName == null ? "" : displayName.strip();
		if (name.isEmpty() || name.length() > MAXIMUM_NAME_LENGTH) {
			throw new InvalidInputException("invitation.error.displayName");
		}
		passwordPolicy.violation(password, invitation.email()).ifPresent(key -> {
			throw new InvalidInputException(key);
		});
		consume(invitation);
		String hash = passwords.encode(password);
		UUID user;
		if (existing.isPresent()) {
			user = existing.get().id();
			accounts.setPassword(user, hash);
			accounts.rename(user, name);
		}
		else {
			user = accounts.create(invitation.email(), name, hash, Account.Status.ACTIVE, true, false, false);
		}
		accounts.markEmailVerified(user);
		grant(invitation, user);
	}

	/** Accepts for the signed-in person, who must be the one invited. */
	void acceptAsSignedIn(String token, String signedInEmail) {
		Invitation invitation = usable(token);
		if (!invitation.email().equals(UserAccounts.normalizeEmail(signedInEmail))) {
			throw new RefusedException(Refusal.OTHER_ACCOUNT);
		}
		Account account = accounts.findByEmail(invitation.email()).filter(Account::canSignIn)
			.orElseThrow(() -> new RefusedException(Refusal.ACCOUNT_DISABLED));
		consume(invitation);
		accounts.markEmailVerified(account.id());
		grant(invitation, account.id());
	}

	private void consume(Invitation invitation) {
		int used = dsl.update(INVITATION)
			.set(INVITATION.ACCEPTED_AT, OffsetDateTime.now())
			.where(INVITATION.TENANT_ID.eq(invitation.tenant().value()), INVITATION.TOKEN_HASH.eq(invitation.tokenHash()),
					INVITATION.ACCEPTED_AT.isNull(), INVITATION.EXPIRES_AT.gt(OffsetDateTime.now()))
			.execute();
		if (used != 1) {
			throw new RefusedException(Refusal.USED);
		}
	}

	private void grant(Invitation invitation, UUID user) {
		accounts.grant(user, invitation.role(), invitation.invitedBy());
		audit.record(invitation.tenant(), invitation.email(), "INVITATION_ACCEPTED", invitation.role().name());
		audit.record(invitation.tenant(), invitation.email(), "ROLE_GRANTED", invitation.email() + " " + invitation.role());
	}

	private boolean holdsRole(String email, TenantRole role) {
		return dsl.fetchExists(DSL.selectOne()
			.from(MEMBERSHIP)
			.join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(MEMBERSHIP.USER_ID))
			.where(MEMBERSHIP.TENANT_ID.eq(TenantContext.require().value()), USER_ACCOUNT.EMAIL.eq(email),
					MEMBERSHIP.ROLE.eq(role.name())));
	}

	/** Mails are German: the recipient's language is unknown, and the platform is German first. */
	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.GERMAN);
	}

	private static Invitation toInvitation(InvitationRecord row) {
		return new Invitation(new TenantId(row.getTenantId()), row.getTokenHash(), row.getEmail(), TenantRole.valueOf(row.getRole()),
				row.getInvitedBy(), row.getExpiresAt().toInstant(), row.getAcceptedAt() == null ? null : row.getAcceptedAt().toInstant());
	}
}
