package de.integrationskonzept.concepts;

import java.util.List;
import java.util.UUID;

/**
 * A newer version of the template an edition's Handlungsfeld was adopted from, with the changes
 * of its suggested goals that the field does not reflect yet.
 */
public record TemplateUpdate(UUID fieldId, LocalizedText fieldName, String templateCode, int adoptedVersion, int latestVersion,
		List<Change> changes) {

	public TemplateUpdate {
		changes = List.copyOf(changes);
	}

	/**
	 * One suggested goal added, removed or changed (title or description) between the adopted and
	 * the newest version. {@code goalId} is the field's goal that came from it (null for an added
	 * one); {@code editedByTenant} says that goal no longer reads as the adopted version did, so
	 * applying needs {@code overwrite}; {@code inUse} says measures, indicators or sub-goals hang
	 * on it, so it is not removed.
	 */
	public record Change(ItemChange.Action action, String key, UUID goalId, LocalizedText titleBefore, LocalizedText titleAfter,
			LocalizedText descriptionBefore, LocalizedText descriptionAfter, boolean editedByTenant, boolean inUse) {
	}
}
