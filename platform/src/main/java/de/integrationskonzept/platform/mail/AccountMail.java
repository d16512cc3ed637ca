package de.integrationskonzept.platform.mail;

import java.util.UUID;

/**
 * Plain-text mail to a person known only by account id: modules store the id of who contributed,
 * never the address. Like {@link Mailer}, inside a transaction the mail leaves after the commit.
 */
public interface AccountMail {

	/**
	 * Sends to the account's address if the account still exists and is active (a deleted account
	 * gets nothing).
	 * @return whether a mail was sent
	 */
	boolean send(UUID accountId, String subject, String text);
}
