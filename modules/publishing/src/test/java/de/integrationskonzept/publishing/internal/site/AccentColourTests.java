package de.integrationskonzept.publishing.internal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AccentColourTests {

	@Test
	void contrastAgainstWhiteFollowsWcagRelativeLuminance() {
		assertThat(AccentColour.parse("#ffffff").contrastWithWhite()).isCloseTo(1.0, within(0.001));
		assertThat(AccentColour.parse("#000000").contrastWithWhite()).isCloseTo(21.0, within(0.001));
		// Reference values of the WebAIM contrast checker.
		assertThat(AccentColour.parse("#767676").contrastWithWhite()).isCloseTo(4.54, within(0.01));
		assertThat(AccentColour.parse("#0000ff").contrastWithWhite()).isCloseTo(8.59, within(0.01));
	}

	@Test
	void greyJustBelowFourAndAHalfIsNotReadableTheOneAboveIs() {
		assertThat(AccentColour.parse("#777777").readableOnWhite()).isFalse();
		assertThat(AccentColour.parse("#767676").readableOnWhite()).isTrue();
		assertThat(AccentColour.parse("#0b4f9c").readableOnWhite()).as("the platform's own accent").isTrue();
		assertThat(AccentColour.parse("#ffcc00").readableOnWhite()).isFalse();
	}

	@Test
	void readsShortAndLongHexInAnyCaseWithOrWithoutHash() {
		assertThat(AccentColour.parse("#FFF").hex()).isEqualTo("#ffffff");
		assertThat(AccentColour.parse(" 0B4F9C ").hex()).isEqualTo("#0b4f9c");
		assertThatThrownBy(() -> AccentColour.parse("blue")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> AccentColour.parse("#12345g")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> AccentColour.parse("red; } body { display: none")).isInstanceOf(IllegalArgumentException.class);
	}
}
