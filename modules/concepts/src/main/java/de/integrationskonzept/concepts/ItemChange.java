package de.integrationskonzept.concepts;

import java.util.UUID;

/**
 * One difference between two states of a concept: an item added, removed or changed, with the
 * Handlungsfeld it belongs to (null for edition-wide parts) and its content before and after
 * (as JSON).
 */
public record ItemChange(Action action, String itemType, UUID itemId, String label, String field, String before, String after) {

	public enum Action {
		ADDED, REMOVED, CHANGED
	}
}
