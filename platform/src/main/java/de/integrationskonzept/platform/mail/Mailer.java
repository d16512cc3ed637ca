package de.integrationskonzept.platform.mail;

/**
 * Sends plain-text e-mail. Inside a transaction the mail leaves only after the commit, so a
 * rolled-back action never sends a message about something that did not happen.
 */
public interface Mailer {

	void send(String to, String subject, String text);

	/** Absolute link into the platform for mails (e.g. {@code /passwort/neu?token=…}). */
	String link(String path);
}
