package de.integrationskonzept.publishing.internal.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded logo: PNG or JPEG only, recognised by its content (never by the name or the
 * browser's media type), at most 200 KB and of sensible size. SVG is refused: it can carry
 * scripts and links, and sanitising it safely is more than a logo is worth.
 */
final class LogoImage {

	static final int MAX_BYTES = 200 * 1024;
	static final int MAX_PIXELS_PER_SIDE = 4000;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private LogoImage() {
	}

	/** Why the file is refused (a message key of {@code site.logo.error.*}), or empty when it is fine. */
	static Optional<String> problem(byte[] content) {
		if (content == null || content.length == 0) {
			return Optional.of("site.logo.error.empty");
		}
		if (content.length > MAX_BYTES) {
			return Optional.of("site.logo.error.tooLarge");
		}
		if (mediaType(content).isEmpty()) {
			return Optional.of(looksLikeSvg(content) ? "site.logo.error.svg" : "site.logo.error.format");
		}
		return readable(content) ? Optional.empty() : Optional.of("site.logo.error.unreadable");
	}

	/** {@code image/png} or {@code image/jpeg} by the file's signature. */
	static Optional<String> mediaType(byte[] content) {
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, JPEG)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	/** Reads only the header (width and height), so a small file that would decode to a huge image costs nothing. */
	private static boolean readable(byte[] content) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				return width > 0 && height > 0 && width <= MAX_PIXELS_PER_SIDE && height <= MAX_PIXELS_PER_SIDE;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static boolean looksLikeSvg(byte[] content) {
		String start = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
		return start.contains("<svg");
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
