package de.integrationskonzept.platform.security.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as the second factor for staff accounts. Staff can
 * see and change data of many residents, so a leaked password alone must not be enough; TOTP
 * works with any authenticator app and needs no SMS provider or network round trip.
 * <p>
 * Fixed to the parameters every authenticator app supports without asking: HMAC-SHA1,
 * 30-second steps, 6 digits. Implemented on {@code javax.crypto} directly because the algorithm
 * is a few lines and a dependency for it would be more to audit than the code itself.
 */
final class Totp {

	private static final String ALGORITHM = "HmacSHA1";

	private static final long STEP_SECONDS = 30;

	private static final int DIGITS = 6;

	private static final int MODULUS = 1_000_000;

	/** Phones drift and people type slowly; one step either way is what RFC 6238 section 5.2 suggests. */
	private static final int ALLOWED_DRIFT_STEPS = 1;

	/** 160 bits, the HMAC-SHA1 block-size recommendation of RFC 4226 section 4. */
	private static final int SECRET_BYTES = 20;

	private static final String BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	// Spelled out as ASCII so that no Unicode digit (e.g. Arabic-Indic) can ever reach the comparison.
	private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

	private static final Pattern IGNORED_IN_SECRET = Pattern.compile("[\\s=]");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A fresh shared secret, Base32 without padding because that is what authenticator apps import. */
	static String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return encodeBase32(secret);
	}

	/**
	 * The Key URI that authenticator apps read from a QR code. The issuer appears both as label
	 * prefix and as parameter because older apps only read the prefix and newer ones prefer the
	 * parameter.
	 */
	static String otpauthUri(String issuer, String accountName, String base32Secret) {
		String encodedIssuer = encode(issuer);
		return "otpauth://totp/" + encodedIssuer + ":" + encode(accountName)
				+ "?secret=" + canonicalSecret(base32Secret)
				+ "&issuer=" + encodedIssuer
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	/** The code an authenticator app shows at {@code epochSecond}. */
	static String codeAt(String base32Secret, long epochSecond) {
		return codeForStep(decodeBase32(base32Secret), stepOf(epochSecond));
	}

	/** Whether {@code code} is valid now, allowing one step of clock drift either way. */
	static boolean verify(String base32Secret, String code, Instant now) {
		return matchingStep(base32Secret, code, now).isPresent();
	}

	/**
	 * The time step {@code code} belongs to, if it is valid now. Callers remember the last
	 * accepted step and refuse codes at or before it, because a code stays valid for up to
	 * 90 seconds and could otherwise be replayed by someone watching over a shoulder.
	 */
	static Optional<Long> matchingStep(String base32Secret, String code, Instant now) {
		if (code == null || !SIX_DIGITS.matcher(code).matches()) {
			return Optional.empty();
		}
		byte[] key = decodeBase32(base32Secret);
		byte[] offered = code.getBytes(US_ASCII);
		long current = stepOf(now.getEpochSecond());
		Optional<Long> match = Optional.empty();
		// Every candidate is computed and compared, so the response time does not reveal
		// which step (if any) matched.
		for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
			boolean equal = MessageDigest.isEqual(codeForStep(key, step).getBytes(US_ASCII), offered);
			if (equal && match.isEmpty()) {
				match = Optional.of(step);
			}
		}
		return match;
	}

	private static long stepOf(long epochSecond) {
		// floorDiv, not /, so instants before 1970 do not share step 0 with the first 30 seconds.
		return Math.floorDiv(epochSecond, STEP_SECONDS);
	}

	/** HOTP (RFC 4226 section 5.3) with the time step as counter. */
	private static String codeForStep(byte[] key, long step) {
		byte[] hash = hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24)
				| ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8)
				| (hash[offset + 3] & 0xff);
		return String.format(Locale.ROOT, "%0" + DIGITS + "d", binary % MODULUS);
	}

	private static byte[] hmac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			// Every Java platform must provide HmacSHA1, so this is a broken runtime, not bad input.
			throw new IllegalStateException("HmacSHA1 unavailable", ex);
		}
	}

	private static String encode(String value) {
		// URLEncoder is meant for forms and turns spaces into '+', which some apps show literally.
		return URLEncoder.encode(value, UTF_8).replace("+", "%20");
	}

	private static String canonicalSecret(String base32Secret) {
		return IGNORED_IN_SECRET.matcher(base32Secret).replaceAll("").toUpperCase(Locale.ROOT);
	}

	private static String encodeBase32(byte[] data) {
		StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				bits -= 5;
				out.append(BASE32_ALPHABET.charAt((buffer >> bits) & 0x1f));
			}
			buffer &= (1 << bits) - 1;
		}
		if (bits > 0) {
			out.append(BASE32_ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
		}
		return out.toString();
	}

	/**
	 * Lenient about case, whitespace and padding because secrets get typed in by hand when a
	 * QR code cannot be scanned, and apps display them in lower-case groups.
	 */
	private static byte[] decodeBase32(String base32Secret) {
		String canonical = canonicalSecret(base32Secret);
		if (canonical.isEmpty()) {
			throw new IllegalArgumentException("TOTP secret is empty");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(canonical.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (int i = 0; i < canonical.length(); i++) {
			buffer = (buffer << 5) | base32Value(canonical.charAt(i));
			bits += 5;
			if (bits >= 8) {
				bits -= 8;
				out.write((buffer >> bits) & 0xff);
				buffer &= (1 << bits) - 1;
			}
		}
		return out.toByteArray();
	}

	private static int base32Value(char c) {
		int value = BASE32_ALPHABET.indexOf(c);
		if (value < 0) {
			// The secret itself is never echoed, not even in an exception message.
			throw new IllegalArgumentException("TOTP secret is not Base32");
		}
		return value;
	}

}
