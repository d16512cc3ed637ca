package de.integrationskonzept.publishing.internal.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.integrationskonzept.publishing.internal.FieldProblem;
import de.integrationskonzept.publishing.internal.PlainText;

/**
 * The public contact form as typed. {@code homepage} is the honeypot: people never see it (and
 * are told to leave it empty if their assistive technology shows it); bots fill it in.
 */
public class ContactForm {

	static final int NAME_MAX = 200;
	static final int EMAIL_MAX = 254;
	static final int SUBJECT_MAX = 200;
	static final int MESSAGE_MIN = 10;
	static final int MESSAGE_MAX = 5000;

	/** One address, not a list: no separators or brackets that mail software reads as several. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>()\\[\\]\"]+@[^@\\s,;<>()\\[\\]\"]+\\.[^@\\s,;<>()\\[\\]\"]+");

	private String name = "";
	private String email = "";
	private String subject = "";
	private String message = "";
	private boolean consent;
	private String homepage = "";

	boolean honeypotFilled() {
		return homepage != null && !homepage.isBlank();
	}

	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		String cleanName = senderName();
		if (cleanName != null && (cleanName.length() > NAME_MAX || cleanName.contains("\n"))) {
			problems.add(FieldProblem.of("name", cleanName.contains("\n") ? "publishing.error.singleLine" : "publishing.error.tooLong", NAME_MAX));
		}
		String address = address();
		if (address == null) {
			problems.add(FieldProblem.of("email", "contact.email.error.required"));
		}
		else if (address.length() > EMAIL_MAX || !EMAIL.matcher(address).matches()) {
			problems.add(FieldProblem.of("email", "contact.email.error.invalid"));
		}
		String cleanSubject = cleanSubject();
		if (cleanSubject == null) {
			problems.add(FieldProblem.of("subject", "publishing.error.required"));
		}
		else if (cleanSubject.length() > SUBJECT_MAX || cleanSubject.contains("\n")) {
			problems.add(FieldProblem.of("subject", cleanSubject.contains("\n") ? "publishing.error.singleLine" : "publishing.error.tooLong",
					SUBJECT_MAX));
		}
		String text = cleanMessage();
		int length = text == null ? 0 : text.length();
		if (length < MESSAGE_MIN || length > MESSAGE_MAX) {
			problems.add(FieldProblem.of("message", "contact.message.error.length", MESSAGE_MIN, MESSAGE_MAX, length));
		}
		if (!consent) {
			problems.add(FieldProblem.of("consent", "contact.consent.error.required"));
		}
		return problems;
	}

	String senderName() {
		return PlainText.normalise(name);
	}

	String address() {
		return PlainText.normalise(email);
	}

	String cleanSubject() {
		return PlainText.normalise(subject);
	}

	String cleanMessage() {
		return PlainText.normalise(message);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getHomepage() {
		return homepage;
	}

	public void setHomepage(String homepage) {
		this.homepage = homepage;
	}
}
