package de.integrationskonzept.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlainTextTests {

	@Test
	void blankLinesSeparateParagraphsLineBreaksStayWithin() {
		assertThat(PlainText.split("Erste Zeile\r\nZweite Zeile\r\n\r\n  \r\nNeuer Absatz  "))
			.isEqualTo(List.of(List.of("Erste Zeile", "Zweite Zeile"), List.of("Neuer Absatz")));
		assertThat(PlainText.split("  \n ")).isEmpty();
		assertThat(PlainText.split(null)).isEmpty();
	}

	@Test
	void normalisingDropsControlCharactersAndBlankText() {
		assertThat(PlainText.normalise(" Text\u0000 mit\u0007 Steuerzeichen\r\n")).isEqualTo("Text mit Steuerzeichen");
		assertThat(PlainText.normalise("\u0001 ")).isNull();
		assertThat(PlainText.normalise("Zeile\tmit Tab\nund Umbruch")).isEqualTo("Zeile\tmit Tab\nund Umbruch");
	}
}
