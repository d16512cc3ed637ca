package de.integrationskonzept.platform.security.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.mail.Mailer;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.MailRequestLimits;
import de.integrationskonzept.platform.security.RateLimits;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.security.internal.AccountTokens.Purpose;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Citizens register themselves with a municipality: the account waits (PENDING, no sign-in)
 * until the person follows the link mailed to them; then it becomes active with the role
 * CITIZEN in that municipality. Whether an address already has an account is never shown on
 * the page — its holder is told by mail instead.
 */
@Service
@Transactional
class CitizenRegistrations {

	static final Duration VALIDITY = Duration.ofHours(24);
	static final String CONFIRMATION_PAGE = "/registrierung/bestaetigen";

	private final UserAccounts accounts;
	private final AccountTokens tokens;
	private final PasswordEncoder passwords;
	private final Tenants tenants;
	private final TenantScope tenantScope;
	private final Mailer mailer;
	private final MessageSource messages;
	private final SecurityAudit audit;
	private final RateLimits rateLimits;
	private final RateLimits.Limit perRecipient;
	private final RateLimits.Limit perAddress;

	CitizenRegistrations(UserAccounts accounts, AccountTokens tokens, PasswordEncoder passwords, Tenants tenants,
			TenantScope tenantScope, Mailer mailer, MessageSource messages, SecurityAudit audit, RateLimits rateLimits,
			@Value("${ik.security.mail-request-limit.window:PT1H}") Duration window,
			@Value("${ik.security.mail-request-limit.per-recipient:3}") int perRecipient,
			@Value("${ik.security.mail-request-limit.per-address:20}") int perAddress) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.tenants = tenants;
		this.tenantScope = tenantScope;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.rateLimits = rateLimits;
		this.perRecipient = new RateLimits.Limit("registration-recipient", perRecipient, window);
		this.perAddress = new RateLimits.Limit("registration-address", perAddress, window);
	}

	/**
	 * Registers a person whose input {@link RegistrationForm} has accepted, consent included. Each
	 * registration sends a mail, so they are limited per address and per client address within the
	 * municipality; counted whether or not the address has an account, so the limit reveals none.
	 * @throws MailRequestLimits.TooManyMailRequests over a limit; nothing was stored or sent
	 */
	void register(Tenant tenant, RegistrationForm form, Locale locale, String clientAddress) {
		String recipient = UserAccounts.normalizeEmail(form.email());
		String client = clientAddress == null ? "" : clientAddress;
		if (rateLimits.reached(perRecipient, recipient) || rateLimits.reached(perAddress, client)) {
			// RateLimits does not tell when the oldest counted use expires; the window is the longest wait.
			throw new MailRequestLimits.TooManyMailRequests(perRecipient.window());
		}
		rateLimits.record(perRecipient, recipient);
		rateLimits.record(perAddress, client);
		// Hashed whatever happens next, so a known address is not answered faster than a new one.
		String passwordHash = passwords.encode(form.password());
		Optional<Account> existing = accounts.findByEmail(form.email());
		if (existing.isPresent() && !isUnconfirmedRegistration(existing.get())) {
			if (existing.get().status() == Account.Status.ACTIVE) {
				mailer.send(existing.get().email(), messages.getMessage("mail.registrationExisting.subject", new Object[] { tenant.name() }, locale),
						messages.getMessage("mail.registrationExisting.text", new Object[] { tenant.name(),
								mailer.link(SecurityConfiguration.SIGN_IN_PAGE), mailer.link(PasswordResets.FORGOTTEN_PAGE) }, locale));
			}
			audit.record(tenant.id(), existing.get().email(), "CITIZEN_REGISTRATION_FOR_EXISTING_ACCOUNT",
					"status " + existing.get().status());
			return;
		}
		UUID user = existing.map(account -> {
			accounts.replaceUnconfirmedRegistration(account.id(), form.displayName(), passwordHash);
			return account.id();
		}).orElseGet(() -> accounts.create(form.email(), form.displayName(), passwordHash, Account.Status.PENDING, false, false, false));
		String token = tokens.issue(user, Purpose.EMAIL_VERIFICATION, VALIDITY, tenant.id());
		mailer.send(UserAccounts.normalizeEmail(form.email()),
				messages.getMessage("mail.registration.subject", new Object[] { tenant.name() }, locale),
				messages.getMessage("mail.registration.text",
						new Object[] { tenant.name(), mailer.link(CONFIRMATION_PAGE + "?token=" + token) }, locale));
		audit.record(tenant.id(), UserAccounts.normalizeEmail(form.email()), "CITIZEN_REGISTRATION_REQUESTED",
				"consented to the privacy notice");
	}

	/**
	 * Only an earlier, unconfirmed self-registration may be replaced. Accounts waiting for an
	 * invitation or an approved sign-up (no password yet, or roles already granted) are never
	 * touched: whoever registers first must not choose the password of a future administrator.
	 */
	private boolean isUnconfirmedRegistration(Account account) {
		return account.status() == Account.Status.PENDING && account.passwordHash() != null && !account.platformAdmin()
				&& !account.demo() && accounts.membershipsOf(account.id()).isEmpty();
	}

	/** The municipality a valid confirmation link registers with. */
	@Transactional(readOnly = true)
	Optional<Tenant> pendingConfirmation(String token) {
		return tokens.holderOf(token, Purpose.EMAIL_VERIFICATION)
			.filter(holder -> holder.tenant() != null)
			.filter(holder -> accounts.findById(holder.user()).filter(account -> account.status() != Account.Status.DISABLED).isPresent())
			.flatMap(holder -> tenants.findActiveById(holder.tenant()));
	}

	/**
	 * Confirms the address: uses the link up, activates the account and grants CITIZEN in the
	 * municipality the person registered with.
	 * @return that municipality, or empty if the link is not (or no longer) valid
	 */
	Optional<Tenant> confirm(String token) {
		Optional<Tenant> tenant = pendingConfirmation(token);
		if (tenant.isEmpty()) {
			return Optional.empty();
		}
		Optional<AccountTokens.Holder> holder = tokens.redeem(token, Purpose.EMAIL_VERIFICATION);
		if (holder.isEmpty()) {
			return Optional.empty();
		}
		UUID user = holder.get().user();
		accounts.markEmailVerified(user);
		accounts.activate(user);
		// Memberships are tenant-owned: row-level security accepts the row only with the tenant bound.
		tenantScope.runAs(tenant.get().id(), () -> accounts.grant(user, TenantRole.CITIZEN, null));
		audit.record(tenant.get().id(), accounts.findById(user).orElseThrow().email(), "CITIZEN_REGISTERED", null);
		return tenant;
	}
}
