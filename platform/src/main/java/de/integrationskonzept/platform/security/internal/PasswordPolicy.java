package de.integrationskonzept.platform.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Password rules after OWASP ASVS 5 (level 2): at least 8 characters (15 recommended), up to
 * 64 allowed, any characters, not on a list of commonly used passwords, not the e-mail
 * address; no composition rules and no forced rotation. At most 72 bytes in UTF-8 besides:
 * bcrypt reads no more and Spring's encoder refuses longer ones (a server error before, found by sqlmap).
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 8;
	public static final int RECOMMENDED_LENGTH = 15;
	public static final int MAXIMUM_LENGTH = 64;
	/** bcrypt's limit; a 64-character password with many umlauts can exceed it. */
	public static final int MAXIMUM_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("/security/common-passwords.txt");
	}

	/** The message key of the first rule the password breaks, if any. */
	public Optional<String> violation(String password, String email) {
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAXIMUM_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			return Optional.of("password.common");
		}
		if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT))
				|| lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0]))) {
			return Optional.of("password.likeEmail");
		}
		return Optional.empty();
	}

	private static Set<String> load(String resource) {
		Set<String> passwords = new HashSet<>(32_768);
		try (var in = PasswordPolicy.class.getResourceAsStream(resource);
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank()).forEach(passwords::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return passwords;
	}
}
