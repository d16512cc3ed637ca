package de.integrationskonzept.participation.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which page numbers the process page links: all of a few, otherwise the ends and the neighbourhood, 0 for "…". */
class IdeaPageLinksTests {

	@Test
	void upToNinePagesAreAllLinked() {
		assertThat(ProcessPage.pageLinks(1, 1)).containsExactly(1);
		assertThat(ProcessPage.pageLinks(5, 9)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void morePagesShowTheEndsAndTwoEitherSideOfTheCurrentOne() {
		assertThat(ProcessPage.pageLinks(1, 20)).containsExactly(1, 2, 3, 0, 20);
		assertThat(ProcessPage.pageLinks(4, 20)).containsExactly(1, 2, 3, 4, 5, 6, 0, 20);
		assertThat(ProcessPage.pageLinks(10, 20)).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
		assertThat(ProcessPage.pageLinks(20, 20)).containsExactly(1, 0, 18, 19, 20);
	}
}
