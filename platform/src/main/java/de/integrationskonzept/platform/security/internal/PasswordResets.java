package de.integrationskonzept.platform.security.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.mail.Mailer;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.security.internal.AccountTokens.Purpose;

/**
 * Password reset by e-mail (OWASP ASVS level 2): a one-time link valid for an hour, the same
 * answer whether an account exists or not, the password rules on the new password, and a notice
 * to the account holder afterwards.
 */
@Service
class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);
	static final String NEW_PASSWORD_PAGE = "/passwort/neu";
	static final String FORGOTTEN_PAGE = "/passwort/vergessen";

	private static final Logger LOG = LoggerFactory.getLogger(PasswordResets.class);

	private final UserAccounts accounts;
	private final AccountTokens tokens;
	private final PasswordPolicy policy;
	private final PasswordEncoder passwords;
	private final Mailer mailer;
	private final MessageSource messages;
	private final SecurityAudit audit;
	private final TransactionTemplate transactions;
	private final Executor background;
	private final Duration minimumInterval;

	PasswordResets(UserAccounts accounts, AccountTokens tokens, PasswordPolicy policy, PasswordEncoder passwords, Mailer mailer,
			MessageSource messages, SecurityAudit audit, TransactionTemplate transactions,
			@Qualifier("applicationTaskExecutor") Executor background,
			@Value("${ik.security.password-reset.minimum-interval:PT1M}") Duration minimumInterval) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.policy = policy;
		this.passwords = passwords;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.transactions = transactions;
		this.background = background;
		this.minimumInterval = minimumInterval;
	}

	/**
	 * Sends a reset link if an active account has this address. The lookup and the mail run in
	 * the background, so the answer takes as long for an unknown address as for a known one.
	 */
	void request(String email, Locale locale) {
		String address = UserAccounts.normalizeEmail(email);
		audit.record(null, address.length() > 254 ? address.substring(0, 254) : address, "PASSWORD_RESET_REQUESTED", null);
		background.execute(() -> {
			try {
				transactions.executeWithoutResult(status -> sendLink(address, locale));
			}
			catch (RuntimeException e) {
				LOG.error("Could not send a password reset link", e);
			}
		});
	}

	private void sendLink(String email, Locale locale) {
		Optional<Account> account = accounts.findByEmail(email).filter(found -> found.status() == Account.Status.ACTIVE);
		// Several requests within a minute send one mail: the first link still works.
		if (account.isEmpty() || tokens.issuedWithin(account.get().id(), Purpose.PASSWORD_RESET, minimumInterval)) {
			return;
		}
		String token = tokens.issue(account.get().id(), Purpose.PASSWORD_RESET, VALIDITY, null);
		mailer.send(account.get().email(), messages.getMessage("mail.passwordReset.subject", null, locale),
				messages.getMessage("mail.passwordReset.text", new Object[] { mailer.link(NEW_PASSWORD_PAGE + "?token=" + token) },
						locale));
	}

	/** The active account a reset link belongs to, if the link is still valid. */
	@Transactional(readOnly = true)
	Optional<Account> holderOf(String token) {
		return tokens.holderOf(token, Purpose.PASSWORD_RESET)
			.flatMap(holder -> accounts.findById(holder.user()))
			.filter(account -> account.status() == Account.Status.ACTIVE);
	}

	sealed interface Outcome {
		record Changed() implements Outcome {
		}

		record Refused(String messageKey) implements Outcome {
		}

		record InvalidLink() implements Outcome {
		}
	}

	/**
	 * Sets the new password if the link is valid and the password meets the rules; uses the link
	 * up, unlocks the account and tells its holder by mail.
	 */
	@Transactional
	Outcome reset(String token, String newPassword, Locale locale) {
		Optional<Account> holder = holderOf(token);
		if (holder.isEmpty()) {
			return new Outcome.InvalidLink();
		}
		Account account = holder.get();
		Optional<String> violation = policy.violation(newPassword, account.email());
		if (violation.isPresent()) {
			return new Outcome.Refused(violation.get());
		}
		if (tokens.redeem(token, Purpose.PASSWORD_RESET).isEmpty()) {
			return new Outcome.InvalidLink();
		}
		accounts.setPassword(account.id(), passwords.encode(newPassword));
		// Following the link proved that the person reads this address.
		accounts.markEmailVerified(account.id());
		tokens.discardUnused(account.id(), Purpose.PASSWORD_RESET);
		mailer.send(account.email(), messages.getMessage("mail.passwordChanged.subject", null, locale),
				messages.getMessage("mail.passwordChanged.text", new Object[] { mailer.link(FORGOTTEN_PAGE) }, locale));
		audit.record(null, account.email(), "PASSWORD_RESET", null);
		return new Outcome.Changed();
	}
}
