package de.integrationskonzept.concepts;

import java.time.Instant;
import java.util.UUID;

/** One recorded change of an edition. */
public record HistoryEntry(Instant at, String actor, ItemChange.Action action, String itemType, UUID itemId, String before,
		String after) {
}
