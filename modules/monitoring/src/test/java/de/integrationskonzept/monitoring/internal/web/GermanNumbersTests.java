package de.integrationskonzept.monitoring.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class GermanNumbersTests {

	@Test
	void readsTheDecimalCommaAndThousandsDots() {
		assertThat(GermanNumbers.parse("74,5")).isEqualByComparingTo("74.5");
		assertThat(GermanNumbers.parse("1.234,5")).isEqualByComparingTo("1234.5");
		assertThat(GermanNumbers.parse("15.000")).isEqualByComparingTo("15000");
		assertThat(GermanNumbers.parse("1.234.567")).isEqualByComparingTo("1234567");
		assertThat(GermanNumbers.parse("-2.500")).isEqualByComparingTo("-2500");
	}

	@Test
	void aDotThatCannotGroupThousandsIsTheDecimalPoint() {
		assertThat(GermanNumbers.parse("74.5")).isEqualByComparingTo("74.5");
		assertThat(GermanNumbers.parse("0.125")).isEqualByComparingTo("0.125");
		assertThat(GermanNumbers.parse("12.50")).isEqualByComparingTo("12.5");
		assertThat(GermanNumbers.parse(" ")).isNull();
		assertThatThrownBy(() -> GermanNumbers.parse("viel")).isInstanceOf(NumberFormatException.class);
	}

	@Test
	void formatsWithTheDecimalComma() {
		assertThat(GermanNumbers.format(new BigDecimal("74.50"))).isEqualTo("74,5");
		assertThat(GermanNumbers.format(new BigDecimal("1E+3"))).isEqualTo("1000");
	}
}
