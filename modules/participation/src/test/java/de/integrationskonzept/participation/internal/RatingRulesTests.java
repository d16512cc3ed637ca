package de.integrationskonzept.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.participation.ExpertRatings.GoalResult;
import de.integrationskonzept.participation.ExpertRatings.NewRating;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;

class RatingRulesTests {

	private static final LocalDate SEPTEMBER = LocalDate.of(2027, 9, 1);

	@Test
	void bothScoresAreRequiredFromOneToFiveAndTheCommentIsLimited() {
		assertThat(RatingRules.check(new NewRating(1, 5, null))).isEmpty();
		assertThat(RatingRules.check(new NewRating(null, 6, "x".repeat(2001))))
			.containsEntry("relevance", "Bitte bewerten Sie die Relevanz auf der Skala von 1 bis 5.")
			.containsEntry("feasibility", "Bitte bewerten Sie die Umsetzbarkeit mit einer Zahl von 1 bis 5 (nicht 6).")
			.containsEntry("comment", "Der Kommentar ist zu lang (höchstens 2000 Zeichen, jetzt 2001).");
		assertThat(RatingRules.comment(new NewRating(3, 3, "   "))).isNull();
	}

	@Test
	void aggregateCountsMeansAndDistributionPerScore() {
		GoalResult result = RatingAggregates.aggregate(UUID.randomUUID(), "Arbeit", "Ziel", List.of(new RatingAggregates.Score(5, 1, "gut"),
				new RatingAggregates.Score(4, 2, null), new RatingAggregates.Score(4, 2, null)));

		assertThat(result.count()).isEqualTo(3);
		assertThat(result.relevanceMean()).isEqualTo(4.33);
		assertThat(result.feasibilityMean()).isEqualTo(1.67);
		assertThat(result.relevance()).containsExactly(0, 0, 0, 2, 1);
		assertThat(result.feasibility()).containsExactly(1, 2, 0, 0, 0);
		assertThat(result.comments()).containsExactly("gut");
		assertThat(RatingAggregates.aggregate(UUID.randomUUID(), "Arbeit", "Ziel", List.of()).relevanceMean()).isNull();
	}

	@Test
	void theLastPhaseOfAKindDecidesWhenItHasEnded() {
		ParticipationProcess process = new ParticipationProcess(null, null, "Verfahren", "", List.of(
				new Phase(PhaseKind.EXPERTENBEWERTUNG, SEPTEMBER, SEPTEMBER.plusDays(9)),
				new Phase(PhaseKind.ABSTIMMUNG, SEPTEMBER.plusDays(10), SEPTEMBER.plusDays(19))));

		assertThat(PhaseWindows.hasEnded(process, PhaseKind.EXPERTENBEWERTUNG, SEPTEMBER.plusDays(9))).isFalse();
		assertThat(PhaseWindows.hasEnded(process, PhaseKind.EXPERTENBEWERTUNG, SEPTEMBER.plusDays(10))).isTrue();
		assertThat(PhaseWindows.hasEnded(process, PhaseKind.WORKSHOPS, SEPTEMBER.plusDays(100))).isFalse();
		assertThatThrownBy(() -> PhaseWindows.requireCurrent(process, PhaseKind.ABSTIMMUNG, SEPTEMBER))
			.isInstanceOf(ParticipationProblems.PhaseClosed.class).hasMessage("Die Phase „Abstimmung“ beginnt erst am 11.09.2027.");
		assertThatThrownBy(() -> PhaseWindows.requireNotEnded(process, PhaseKind.EXPERTENBEWERTUNG, SEPTEMBER.plusDays(10)))
			.hasMessageContaining("ist am 10.09.2027 zu Ende gegangen");
	}
}
