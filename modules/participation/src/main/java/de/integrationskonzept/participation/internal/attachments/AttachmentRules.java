package de.integrationskonzept.participation.internal.attachments;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What may be stored: a whitelist of content types, each checked against the file's first bytes
 * (a declared "image/png" must be a PNG), and a file name safe to send back in a header.
 */
final class AttachmentRules {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String ODT = "application/vnd.oasis.opendocument.text";

	/** Allowed types with the test their content must pass. */
	private static final Map<String, Predicate<byte[]>> TYPES = Map.of(
			"application/pdf", bytes -> startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII)),
			"image/png", bytes -> startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
			"image/jpeg", bytes -> startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
			"image/webp", bytes -> startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII)) && bytes.length >= 12
					&& Arrays.equals(bytes, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4),
			"text/plain", AttachmentRules::isUtf8Text,
			DOCX, bytes -> startsWith(bytes, new byte[] { 'P', 'K', 3, 4 }),
			ODT, bytes -> startsWith(bytes, new byte[] { 'P', 'K', 3, 4 }));

	/** Browsers send "application/octet-stream" for types they do not know; the extension decides then. */
	private static final Map<String, String> BY_EXTENSION = Map.of("pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "webp", "image/webp", "txt", "text/plain", "docx", DOCX, "odt", ODT);

	static final String ALLOWED = "PDF, PNG, JPEG, WebP, Text (.txt), Word (.docx) oder OpenDocument-Text (.odt)";

	private AttachmentRules() {
	}

	/** The content type to store, or empty when it is not allowed or the content does not match it. */
	static Optional<String> contentType(String declared, String fileName, byte[] content) {
		String type = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
		if (type.isEmpty() || type.equals("application/octet-stream")) {
			type = BY_EXTENSION.getOrDefault(extension(fileName), "");
		}
		Predicate<byte[]> check = TYPES.get(type);
		return check != null && check.test(content) ? Optional.of(type) : Optional.empty();
	}

	/**
	 * The name without any path, control or reserved characters (so it cannot break out of the
	 * Content-Disposition header or name a directory), at most 150 characters, keeping the extension.
	 */
	static String fileName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._ ()-]", "_").replaceAll("_{2,}", "_").strip();
		name = name.replaceAll("^[.\\s]+", "");
		if (name.length() > 150) {
			String extension = extension(name);
			name = name.substring(0, 149 - extension.length()).strip() + "." + extension;
		}
		return name.isEmpty() ? "datei" : name;
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** Text is valid UTF-8 without NUL bytes (binary content declared as text is refused). */
	private static boolean isUtf8Text(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}
}
