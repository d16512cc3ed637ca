package de.integrationskonzept.concepts;

import java.util.List;
import java.util.UUID;

/**
 * A tenant takes a shared Handlungsfeld template into an editable edition and later follows its
 * new versions. The adopted field remembers the template's code and version, each adopted goal
 * the key of its suggested goal. When a newer template version exists, the tenant sees what
 * changed per field and decides change by change; nothing the tenant wrote is overwritten
 * without being asked. Every operation saves through the normal edition save path (version
 * check with {@code expectedVersion}, change log, events) and needs the roles of
 * {@link ConceptEditions}: reading {@code CONTRIBUTOR}, changing {@code EDITOR}.
 */
public interface TemplateAdoption {

	/** Adds a Handlungsfeld from the newest version of the template, its goals from the suggested goals. */
	Edition adopt(EditionId edition, String templateCode, int expectedVersion);

	/** Per adopted field with a newer template version: the changes still open. */
	List<TemplateUpdate> updates(EditionId edition);

	/**
	 * Applies one open change (the suggested goal {@code key}) to the field: an added goal is
	 * added; a changed goal takes the new title and description and a removed goal is removed —
	 * both only if the tenant has not edited the goal since adoption, unless {@code overwrite}.
	 * A removed goal that measures, indicators or sub-goals still use is always kept. When no
	 * change is left open, the field moves to the newest template version.
	 */
	Edition apply(EditionId edition, UUID fieldId, String key, boolean overwrite, int expectedVersion);

	/** Keeps the field as it is for every change still open and moves it to the newest template version. */
	Edition dismissRemaining(EditionId edition, UUID fieldId, int expectedVersion);
}
