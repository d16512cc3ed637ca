package de.integrationskonzept.platform.security.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a citizen enters to register. {@link #problems} names, per field, the message key of the
 * first rule the input breaks — the same rules the database enforces, so no input reaches it
 * that it would refuse.
 */
record RegistrationForm(String displayName, String email, String password, boolean consent) {

	static final int MAXIMUM_NAME_LENGTH = 200;
	/** RFC 5321 limits a forward path to 256 characters including the angle brackets. */
	static final int MAXIMUM_EMAIL_LENGTH = 254;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	RegistrationForm {
		displayName = displayName == null ? "" : displayName.strip();
		email = email == null ? "" : email.strip();
		password = password == null ? "" : password;
	}

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", false);
	}

	Map<String, String> problems(PasswordPolicy policy) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (displayName.isEmpty()) {
			problems.put("displayName", "registration.nameMissing");
		}
		else if (displayName.codePointCount(0, displayName.length()) > MAXIMUM_NAME_LENGTH
				|| displayName.chars().anyMatch(Character::isISOControl)) {
			problems.put("displayName", "registration.nameInvalid");
		}
		if (email.length() > MAXIMUM_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
			problems.put("email", "registration.emailInvalid");
		}
		policy.violation(password, email).ifPresent(key -> problems.put("password", key));
		if (!consent) {
			problems.put("consent", "registration.consentMissing");
		}
		return problems;
	}

	/** Never shows the password, should the form end up in a log. */
	@Override
	public String toString() {
		return "RegistrationForm[displayName=" + displayName + ", email=" + email + ", consent=" + consent + "]";
	}
}
