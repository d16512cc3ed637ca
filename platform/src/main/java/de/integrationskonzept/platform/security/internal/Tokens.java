package de.integrationskonzept.platform.security.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets sent in links (invitations): 32 random bytes, URL-safe. Only their SHA-256 is stored,
 * so a leaked database does not contain usable links; with 256 bits of entropy an unsalted fast
 * hash cannot be reversed by guessing.
 */
final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Longer input is no token of ours and is not even hashed. */
	static final int MAXIMUM_LENGTH = 64;

	private Tokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 unavailable", e);
		}
	}
}
