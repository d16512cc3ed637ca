package de.integrationskonzept.participation;

import java.time.Instant;
import java.util.UUID;

/**
 * A Zielvorschlag of an Arbeitsgruppe for its Handlungsfeld. Who proposed it is stored but not
 * shown. {@code goalId}: the goal the accepted suggestion became in the edition.
 */
public record GoalSuggestion(UUID id, UUID groupId, UUID parentGoalId, String title, String description, Status status,
		Instant proposedAt, Instant decidedAt, String rejectionReason, UUID goalId) {

	public enum Status {

		OFFEN("offen"),
		ANGENOMMEN("angenommen"),
		ABGELEHNT("abgelehnt");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
