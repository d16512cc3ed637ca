package de.integrationskonzept.platform.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

	@Test
	void umlautsAndSharpSAreWrittenOutAsInGermanAddresses() {
		assertThat(Slugs.suggest("Börde")).isEqualTo("boerde");
		assertThat(Slugs.suggest("Düsseldorf")).isEqualTo("duesseldorf");
		assertThat(Slugs.suggest("Groß-Gerau")).isEqualTo("gross-gerau");
		assertThat(Slugs.suggest("Müllheim im Markgräflerland")).isEqualTo("muellheim-im-markgraeflerland");
		assertThat(Slugs.suggest("ÖHRINGEN")).isEqualTo("oehringen");
	}

	@Test
	void everythingElseBecomesOneHyphenAndNoneAtTheEnds() {
		assertThat(Slugs.suggest("Frankenthal (Pfalz)")).isEqualTo("frankenthal-pfalz");
		assertThat(Slugs.suggest("  Offenbach am Main ")).isEqualTo("offenbach-am-main");
		assertThat(Slugs.suggest("Sankt Augustin / St. Augustin")).isEqualTo("sankt-augustin-st-augustin");
		assertThat(Slugs.suggest("Île-de-Montréal")).isEqualTo("ile-de-montreal");
		assertThat(Slugs.suggest("(-)")).isEmpty();
		assertThat(Slugs.suggest(null)).isEmpty();
	}

	@Test
	void suggestionIsCutToTheLongestAllowedAddress() {
		String suggestion = Slugs.suggest("Gemeinde " + "sehr lange Namen ".repeat(10));
		assertThat(suggestion).hasSizeLessThanOrEqualTo(63).doesNotEndWith("-").startsWith("gemeinde-sehr-lange-namen");
	}

	@Test
	void decomposedUmlautsAreWrittenOutToo() {
		assertThat(Slugs.suggest("Bo\u0308rde")).isEqualTo("boerde");
	}
}
