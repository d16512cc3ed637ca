package de.integrationskonzept.platform.security.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One-time recovery codes for staff who lost the phone carrying their second factor. Without
 * them every lost phone becomes a support ticket and an identity check by an administrator.
 * <p>
 * Codes are shown once and only their hashes are stored, like passwords.
 */
final class RecoveryCodes {

	/** No 0/o, 1/l/i: codes are read off paper and typed in, often under stress. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int GROUPS = 3;

	private static final int GROUP_LENGTH = 4;

	private static final Pattern IGNORED = Pattern.compile("[\\s-]");

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	/** {@code count} distinct codes such as {@code ab3k-9xq2-m7pd}. */
	static List<String> generate(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
		// A set, because two equal codes would make one of them unusable after the first is spent.
		Set<String> codes = new LinkedHashSet<>();
		while (codes.size() < count) {
			codes.add(newCode());
		}
		return List.copyOf(codes);
	}

	/** The form codes are compared in, so that {@code AB3K 9XQ2 M7PD} matches {@code ab3k-9xq2-m7pd}. */
	static String normalize(String input) {
		if (input == null) {
			return "";
		}
		// Locale.ROOT so that a Turkish default locale does not turn 'I' into a dotless 'ı'.
		return IGNORED.matcher(input).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/**
	 * Hex SHA-256 of the normalised code. A fast unsalted hash is enough here, unlike for
	 * passwords: codes are random with about 59 bits of entropy (12 characters from 31), so
	 * there is no dictionary to run and brute-forcing a stolen hash is out of reach.
	 */
	static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalize(code).getBytes(UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform must provide SHA-256, so this is a broken runtime.
			throw new IllegalStateException("SHA-256 unavailable", ex);
		}
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				code.append('-');
			}
			for (int i = 0; i < GROUP_LENGTH; i++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return code.toString();
	}

}
