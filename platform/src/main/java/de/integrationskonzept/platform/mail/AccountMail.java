package de.integrationskonzept.platform.mail;

import java.util.UUID;

/**
 * Plain-text mail to a person known only by account id: modules store the id of who contributed,
 * never the address, and the address is looked up only at sending, so it never reaches the module.
 * Like {@link Mailer}, inside a transaction the mail leaves after the commit. To list or pick people
 * of the tenant (names, roles, addresses for staff), use {@code platform.security.TenantPeople}.
 */
public interface AccountMail {

	/**
	 * Sends to the account's address if the account still exists and is active (a deleted, disabled or
	 * unconfirmed account gets nothing).
	 * @return whether a mail was sent
	 */
	boolean send(UUID accountId, String subject, String text);
}
