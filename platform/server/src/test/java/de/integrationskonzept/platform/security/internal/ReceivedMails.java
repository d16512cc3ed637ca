package de.integrationskonzept.platform.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailProxy;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads what GreenMail received. Mails leave after the commit, some in the background, so the
 * tests wait for them; each test writes to its own addresses, so they never see each other's.
 */
final class ReceivedMails {

	private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]{43})");

	private ReceivedMails() {
	}

	/** Mails to {@code to} whose subject contains {@code subject}, received so far. */
	static List<Mail> to(GreenMailProxy mail, String to, String subject) {
		return Arrays.stream(mail.getReceivedMessages())
			.filter(message -> isFor(message, to))
			.map(Mail::of)
			.filter(received -> received.subject().contains(subject))
			.toList();
	}

	/** The mails to {@code to} with this subject after {@code settle} has passed (to show that none, or no more, came). */
	static List<Mail> after(Duration settle, GreenMailProxy mail, String to, String subject) throws InterruptedException {
		Thread.sleep(settle);
		return to(mail, to, subject);
	}

	/** The newest mail to {@code to} with this subject, waiting up to ten seconds for one. */
	static Mail awaitOne(GreenMailProxy mail, String to, String subject) throws InterruptedException {
		return await(mail, to, subject, 1).getLast();
	}

	/** The mails to {@code to} with this subject, waiting up to ten seconds until there are {@code count}. */
	static List<Mail> await(GreenMailProxy mail, String to, String subject, int count) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		List<Mail> found = to(mail, to, subject);
		while (found.size() < count && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			found = to(mail, to, subject);
		}
		if (found.size() < count) {
			throw new AssertionError(found.size() + " instead of " + count + " mails to " + to + " with a subject containing '"
					+ subject + "'");
		}
		return found;
	}

	private static boolean isFor(MimeMessage message, String to) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients)
				.anyMatch(address -> address instanceof InternetAddress internet && internet.getAddress().equalsIgnoreCase(to));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	record Mail(String subject, String text) {

		static Mail of(MimeMessage message) {
			try {
				return new Mail(message.getSubject(), message.getContent().toString());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}

		/** The token of the link to {@code path} in the text. */
		String token(String path) {
			int at = text.indexOf(path + "?token=");
			if (at < 0) {
				throw new AssertionError("no link to " + path + " in: " + text);
			}
			Matcher matcher = TOKEN.matcher(text.substring(at + path.length()));
			if (!matcher.lookingAt()) {
				throw new AssertionError("no token in the link to " + path + ": " + text);
			}
			return matcher.group(1);
		}
	}
}
