package de.integrationskonzept.publishing.internal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class LogoImageTests {

	private static byte[] image(String format, int width, int height) throws Exception {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
		return out.toByteArray();
	}

	@Test
	void acceptsSmallPngAndJpegByTheirContent() throws Exception {
		assertThat(LogoImage.problem(image("png", 200, 80))).isEmpty();
		assertThat(LogoImage.mediaType(image("png", 200, 80))).contains("image/png");
		assertThat(LogoImage.problem(image("jpg", 200, 80))).isEmpty();
		assertThat(LogoImage.mediaType(image("jpg", 200, 80))).contains("image/jpeg");
	}

	@Test
	void refusesLargeFilesSvgOtherFormatsAndBrokenImages() throws Exception {
		assertThat(LogoImage.problem(Arrays.copyOf(image("png", 10, 10), LogoImage.MAX_BYTES + 1))).contains("site.logo.error.tooLarge");
		assertThat(LogoImage.problem("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
			.contains("site.logo.error.svg");
		assertThat(LogoImage.problem(image("gif", 10, 10))).contains("site.logo.error.format");
		assertThat(LogoImage.problem(Arrays.copyOf(image("png", 10, 10), 20))).contains("site.logo.error.unreadable");
		assertThat(LogoImage.problem(image("png", LogoImage.MAX_PIXELS_PER_SIDE + 1, 1))).contains("site.logo.error.unreadable");
		assertThat(LogoImage.problem(new byte[0])).contains("site.logo.error.empty");
	}
}
