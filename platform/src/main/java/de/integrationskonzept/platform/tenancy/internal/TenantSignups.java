package de.integrationskonzept.platform.tenancy.internal;

import static de.integrationskonzept.platform.internal.db.Tables.TENANT;
import static de.integrationskonzept.platform.internal.db.Tables.TENANT_SIGNUP;
import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.mail.Mailer;
import de.integrationskonzept.platform.persistence.CrossTenantOperations;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.Invitations;
import de.integrationskonzept.platform.security.MailRequestLimits;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.TenantStatus;
import de.integrationskonzept.platform.tenancy.internal.SignupCheck.Problem;

/**
 * A municipality's way onto the platform: it asks ({@link #request}), a platform admin decides.
 * A request is a tenant in status {@code REQUESTED} plus its {@code tenant_signup} row; such a
 * tenant answers nowhere until it is approved. Approval activates it and invites the contact
 * person as its first administrator. Rejection keeps the request for the record, with the reason,
 * in status {@code REJECTED}, which frees slug and AGS for a corrected request (see the
 * changelog {@code 005-tenant-signup-decisions.sql}).
 */
@Service
class TenantSignups {

	private static final Logger LOG = LoggerFactory.getLogger(TenantSignups.class);
	static final int MAXIMUM_REASON_LENGTH = 2000;

	private final DSLContext dsl;
	private final TransactionTemplate transactions;
	private final CrossTenantOperations crossTenant;
	private final Invitations invitations;
	private final Mailer mailer;
	private final MessageSource messages;
	private final SecurityAudit audit;
	private final MailRequestLimits mailRequests;

	TenantSignups(DSLContext dsl, TransactionTemplate transactions, CrossTenantOperations crossTenant, Invitations invitations,
			Mailer mailer, MessageSource messages, SecurityAudit audit, MailRequestLimits mailRequests) {
		this.dsl = dsl;
		this.transactions = transactions;
		this.crossTenant = crossTenant;
		this.invitations = invitations;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.mailRequests = mailRequests;
	}

	/** An undecided request, for the platform admins' queue. */
	record OpenSignup(Tenant tenant, String contactName, String contactEmail, Instant requestedAt) {
	}

	/** A form that breaks the registry's rules; nothing was written. */
	static final class InvalidSignupException extends RuntimeException {

		private final List<Problem> problems;

		InvalidSignupException(List<Problem> problems) {
			super("invalid sign-up: " + problems.stream().map(Problem::key).toList());
			this.problems = List.copyOf(problems);
		}

		List<Problem> problems() {
			return problems;
		}
	}

	/** The request was decided already (or never existed). */
	static final class NotOpenException extends IllegalStateException {

		NotOpenException(TenantId tenant) {
			super("no open sign-up for tenant " + tenant);
		}
	}

	/**
	 * Records a municipality's request: a tenant in status {@code REQUESTED} and its sign-up row,
	 * nothing else. Platform admins are told; the audit entry follows the commit (it references
	 * the new tenant).
	 *
	 * Each request mails the platform admins, so valid ones are limited per contact address and per
	 * client address (a form with mistakes sends nothing and is not counted).
	 *
	 * @throws InvalidSignupException with every problem found, when anything is wrong or taken
	 * @throws MailRequestLimits.TooManyMailRequests over a limit; nothing was stored or sent
	 */
	Tenant request(SignupForm form, String clientAddress) {
		SignupCheck.Result checked = SignupCheck.check(form);
		if (!checked.problems().isEmpty()) {
			throw new InvalidSignupException(checked.problems());
		}
		mailRequests.count(checked.contactEmail(), clientAddress);
		Tenant tenant = checked.tenant();
		transactions.executeWithoutResult(status -> {
			List<Problem> taken = taken(tenant);
			if (!taken.isEmpty()) {
				throw new InvalidSignupException(taken);
			}
			insert(tenant);
			dsl.insertInto(TENANT_SIGNUP)
				.set(TENANT_SIGNUP.TENANT_ID, tenant.id().value())
				.set(TENANT_SIGNUP.CONTACT_NAME, checked.contactName())
				.set(TENANT_SIGNUP.CONTACT_EMAIL, checked.contactEmail())
				.execute();
		});
		audit.record(tenant.id(), AccessControl.actor().orElse("anonymous"), "SIGNUP_REQUESTED",
				tenant.name() + " (AGS " + tenant.ags() + ", " + tenant.slug() + "), Kontakt " + checked.contactEmail());
		notifyPlatformAdmins(tenant, checked.contactName(), checked.contactEmail());
		return tenant;
	}

	/** Undecided requests, oldest first. */
	@Transactional(readOnly = true)
	List<OpenSignup> open() {
		AccessControl.requirePlatformAdmin();
		return dsl.select(TENANT.fields()).select(TENANT_SIGNUP.CONTACT_NAME, TENANT_SIGNUP.CONTACT_EMAIL, TENANT_SIGNUP.REQUESTED_AT)
			.from(TENANT_SIGNUP)
			.join(TENANT).on(TENANT.ID.eq(TENANT_SIGNUP.TENANT_ID))
			.where(TENANT_SIGNUP.DECISION.isNull(), TENANT.STATUS.eq(TenantStatus.REQUESTED.name()))
			.orderBy(TENANT_SIGNUP.REQUESTED_AT)
			.fetch(row -> new OpenSignup(JooqTenants.toTenant(row), row.get(TENANT_SIGNUP.CONTACT_NAME),
					row.get(TENANT_SIGNUP.CONTACT_EMAIL), row.get(TENANT_SIGNUP.REQUESTED_AT).toInstant()));
	}

	/**
	 * Activates the municipality and invites its contact person as {@code TENANT_ADMIN} (an
	 * account without password is prepared for them). Writing the invitation into the new
	 * tenant's data is cross-tenant work of a platform admin and recorded as such.
	 */
	@Transactional
	Tenant approve(TenantId id) {
		AccessControl.requirePlatformAdmin();
		OpenSignup signup = lockOpen(id);
		setStatus(id, TenantStatus.ACTIVE);
		decide(id, "APPROVED", null);
		String actor = AccessControl.actor().orElseThrow();
		crossTenant.forEachTenant(actor, "Freigabe der Anmeldung: erste Administration einladen", List.of(id), tenant -> {
			invitations.invite(signup.contactEmail(), signup.contactName(), TenantRole.TENANT_ADMIN);
			return true;
		});
		audit.record(id, actor, "SIGNUP_APPROVED", signup.tenant().slug() + ", Einladung an " + signup.contactEmail());
		return signup.tenant();
	}

	/**
	 * Declines the request with a reason, which the contact person receives by mail.
	 *
	 * @throws InvalidSignupException when the reason is missing or too long
	 */
	@Transactional
	Tenant reject(TenantId id, String reason) {
		AccessControl.requirePlatformAdmin();
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > MAXIMUM_REASON_LENGTH) {
			throw new InvalidSignupException(List.of(why.isEmpty() ? new Problem("reason", "signup.error.reasonRequired")
					: new Problem("reason", "signup.error.tooLong", MAXIMUM_REASON_LENGTH)));
		}
		OpenSignup signup = lockOpen(id);
		setStatus(id, TenantStatus.REJECTED);
		decide(id, "REJECTED", why);
		mailer.send(signup.contactEmail(), text("signup.mail.rejected.subject", signup.tenant().name()),
				text("signup.mail.rejected.body", signup.contactName(), signup.tenant().name(), why, mailer.link("/registrierung")));
		audit.record(id, AccessControl.actor().orElseThrow(), "SIGNUP_REJECTED", why);
		return signup.tenant();
	}

	private List<Problem> taken(Tenant tenant) {
		List<Problem> taken = new ArrayList<>();
		var holders = dsl.select(TENANT.SLUG, TENANT.AGS).from(TENANT)
			.where(TENANT.STATUS.ne(TenantStatus.REJECTED.name()), TENANT.SLUG.eq(tenant.slug()).or(TENANT.AGS.eq(tenant.ags().value())))
			.fetch();
		if (holders.stream().anyMatch(row -> row.value2().equals(tenant.ags().value()))) {
			taken.add(new Problem("ags", "signup.error.ags.taken", tenant.ags().value()));
		}
		if (holders.stream().anyMatch(row -> row.value1().equals(tenant.slug()))) {
			taken.add(new Problem("slug", "signup.error.slug.taken", tenant.slug()));
		}
		return taken;
	}

	private void insert(Tenant tenant) {
		dsl.insertInto(TENANT)
			.set(TENANT.ID, tenant.id().value())
			.set(TENANT.SLUG, tenant.slug())
			.set(TENANT.NAME, tenant.name())
			.set(TENANT.SHORT_NAME, tenant.shortName())
			.set(TENANT.KIND, tenant.kind().name())
			.set(TENANT.AGS, tenant.ags().value())
			.set(TENANT.BUNDESLAND, tenant.bundesland().name())
			.set(TENANT.DEFAULT_LANGUAGE, tenant.defaultLanguage())
			.set(TENANT.STATUS, tenant.status().name())
			.execute();
	}

	private OpenSignup lockOpen(TenantId id) {
		return dsl.select(TENANT.fields()).select(TENANT_SIGNUP.CONTACT_NAME, TENANT_SIGNUP.CONTACT_EMAIL, TENANT_SIGNUP.REQUESTED_AT)
			.from(TENANT_SIGNUP)
			.join(TENANT).on(TENANT.ID.eq(TENANT_SIGNUP.TENANT_ID))
			.where(TENANT_SIGNUP.TENANT_ID.eq(id.value()), TENANT_SIGNUP.DECISION.isNull(),
					TENANT.STATUS.eq(TenantStatus.REQUESTED.name()))
			// Not FOR UPDATE: the audit entry, written in its own transaction, references the tenant
			// row (FOR KEY SHARE), which FOR UPDATE would block until this transaction ends: never.
			.forNoKeyUpdate()
			.fetchOptional(row -> new OpenSignup(JooqTenants.toTenant(row), row.get(TENANT_SIGNUP.CONTACT_NAME),
					row.get(TENANT_SIGNUP.CONTACT_EMAIL), row.get(TENANT_SIGNUP.REQUESTED_AT).toInstant()))
			.orElseThrow(() -> new NotOpenException(id));
	}

	private void setStatus(TenantId id, TenantStatus status) {
		dsl.update(TENANT)
			.set(TENANT.STATUS, status.name())
			.set(TENANT.UPDATED_AT, OffsetDateTime.now())
			.where(TENANT.ID.eq(id.value()))
			.execute();
	}

	private void decide(TenantId id, String decision, String reason) {
		String actor = AccessControl.actor().orElseThrow();
		dsl.update(TENANT_SIGNUP)
			.set(TENANT_SIGNUP.DECISION, decision)
			.set(TENANT_SIGNUP.REASON, reason)
			.set(TENANT_SIGNUP.DECIDED_AT, OffsetDateTime.now())
			.set(TENANT_SIGNUP.DECIDED_BY, DSL.field(DSL.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.EMAIL.eq(actor))))
			.where(TENANT_SIGNUP.TENANT_ID.eq(id.value()))
			.execute();
	}

	/** Platform admins learn of a new request by mail (demo accounts excepted: nobody reads them). */
	private void notifyPlatformAdmins(Tenant tenant, String contactName, String contactEmail) {
		LOG.info("New sign-up of {} (AGS {}, slug {}) waits for a platform admin", tenant.name(), tenant.ags(), tenant.slug());
		List<String> admins = dsl.select(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT)
			.where(USER_ACCOUNT.PLATFORM_ADMIN.isTrue(), USER_ACCOUNT.STATUS.eq("ACTIVE"), USER_ACCOUNT.DEMO.isFalse())
			.fetch(USER_ACCOUNT.EMAIL);
		for (String admin : admins) {
			try {
				mailer.send(admin, text("signup.mail.requested.subject", tenant.name()), text("signup.mail.requested.body",
						tenant.name(), tenant.ags().value(), tenant.slug(), contactName, contactEmail, mailer.link("/admin/anmeldungen")));
			}
			catch (RuntimeException e) {
				// The request is recorded and shows in the queue; a lost notice must not fail it.
				LOG.warn("Could not notify platform admin {} of the sign-up of {}", admin, tenant.slug(), e);
			}
		}
	}

	/** Mails are German: the platform is German first and the recipient's language unknown. */
	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.GERMAN);
	}
}
