package de.integrationskonzept.platform.mail.internal;

import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;

import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.mail.AccountMail;
import de.integrationskonzept.platform.mail.Mailer;

/** Looks the address up only at the moment of sending, so it never leaves the platform. */
@Component
class MailToAccounts implements AccountMail {

	private final DSLContext dsl;
	private final Mailer mailer;

	MailToAccounts(DSLContext dsl, Mailer mailer) {
		this.dsl = dsl;
		this.mailer = mailer;
	}

	@Override
	public boolean send(UUID accountId, String subject, String text) {
		if (accountId == null) {
			return false;
		}
		return dsl.select(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId), USER_ACCOUNT.STATUS.eq("ACTIVE"))
			.fetchOptional(USER_ACCOUNT.EMAIL)
			.map(email -> {
				mailer.send(email, subject, text);
				return true;
			})
			.orElse(false);
	}
}
