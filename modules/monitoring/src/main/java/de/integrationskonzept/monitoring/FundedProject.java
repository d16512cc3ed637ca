package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A funded project (Förderprojekt) of a concept edition: who carries it (an actor of the concepts
 * registry), how much money for which period, the goals it claims to serve, the outputs reported
 * per year and the current evaluation per claimed goal — the basis for funding decisions.
 * @param carrierActorId the Träger, an {@code Actor} of the tenant
 * @param amount         funding in EUR, at least 0
 * @param goalIds        goals or sub-goals of the edition the project claims to serve
 * @param evaluations    the current evaluation of each claimed goal that has one
 */
public record FundedProject(UUID id, String title, UUID carrierActorId, String carrierName, BigDecimal amount, LocalDate startsOn,
		LocalDate endsOn, String description, List<UUID> goalIds, List<Output> outputs, List<Evaluation> evaluations) {

	public FundedProject {
		goalIds = List.copyOf(goalIds);
		outputs = List.copyOf(outputs);
		evaluations = List.copyOf(evaluations);
	}

	/** An output the carrier reported for a year, e.g. "Sprachkurse" 42 "Teilnehmende"; value and unit are optional. */
	public record Output(UUID id, int year, String text, BigDecimal value, String unit) {
	}

	/**
	 * How much the project advanced one goal it claims, on the scale 1 = kein Beitrag, 2 = geringer Beitrag,
	 * 3 = spürbarer Beitrag, 4 = deutlicher Beitrag, 5 = Ziel wesentlich vorangebracht.
	 * @param evaluatedBy the account of the editor, null if deleted (or a machine client)
	 * @param current     false once a later evaluation of the same goal superseded it
	 */
	public record Evaluation(UUID id, UUID goalId, String goalName, int rating, String text, UUID evaluatedBy, Instant evaluatedAt,
			boolean current) {
	}
}
