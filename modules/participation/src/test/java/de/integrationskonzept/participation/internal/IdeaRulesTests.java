package de.integrationskonzept.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.participation.IdeaStatus;
import de.integrationskonzept.participation.Ideas.StatusChange;

class IdeaRulesTests {

	@Test
	void ideasGoIntoReviewBeforeTheyAreDecidedAndCanBeReviewedAgain() {
		assertThat(IdeaRules.statusChange(IdeaStatus.EINGEGANGEN, new StatusChange(IdeaStatus.UEBERNOMMEN, UUID.randomUUID(), null)))
			.containsKey("status");
		assertThat(IdeaRules.statusChange(IdeaStatus.EINGEGANGEN, new StatusChange(IdeaStatus.IN_PRUEFUNG, null, null))).isEmpty();
		assertThat(IdeaRules.statusChange(IdeaStatus.IN_PRUEFUNG, new StatusChange(IdeaStatus.UEBERNOMMEN, UUID.randomUUID(), null))).isEmpty();
		assertThat(IdeaRules.statusChange(IdeaStatus.NICHT_UEBERNOMMEN, new StatusChange(IdeaStatus.IN_PRUEFUNG, null, null))).isEmpty();
		assertThat(IdeaRules.statusChange(IdeaStatus.UEBERNOMMEN, new StatusChange(IdeaStatus.NICHT_UEBERNOMMEN, null, "Grund")))
			.containsKey("status");
	}

	@Test
	void takingOverNeedsAnItemAndDecliningNeedsAReason() {
		assertThat(IdeaRules.statusChange(IdeaStatus.IN_PRUEFUNG, new StatusChange(IdeaStatus.UEBERNOMMEN, null, null)))
			.containsOnlyKeys("acceptedInto");
		assertThat(IdeaRules.statusChange(IdeaStatus.IN_PRUEFUNG, new StatusChange(IdeaStatus.NICHT_UEBERNOMMEN, null, "  ")))
			.containsEntry("reason", "Bitte begründen Sie, warum die Idee nicht übernommen wird.");
		assertThat(IdeaRules.statusChange(IdeaStatus.IN_PRUEFUNG, new StatusChange(null, null, null))).containsOnlyKeys("status");
	}

	@Test
	void commentsHaveTwoToTwoThousandCharactersAfterStripping() {
		assertThat(IdeaRules.comment("  a  ")).containsEntry("text", "Ihr Kommentar ist zu kurz (mindestens 2 Zeichen).");
		assertThat(IdeaRules.comment(null)).containsEntry("text", "Ihr Kommentar fehlt.");
		assertThat(IdeaRules.comment("x".repeat(2001))).containsKey("text");
		assertThat(IdeaRules.comment("ok")).isEmpty();
		assertThat(IdeaRules.moderationReason("")).containsEntry("reason", "Der Grund für das Ausblenden fehlt.");
		assertThat(IdeaRules.reportReason(null)).isEmpty();
	}
}
