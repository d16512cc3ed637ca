package de.integrationskonzept.publishing.internal;

import java.util.List;
import java.util.Optional;

import de.integrationskonzept.concepts.EditionId;

/**
 * The published snapshots of the tenant bound to the current request or transaction. Row-level
 * security limits every read to that tenant.
 */
public interface PublishedEditions {

	/** The edition the public site shows: the one published last. */
	Optional<PublishedEdition> current();

	/** Every published edition, newest first (superseded ones included, for the history). */
	List<PublishedEdition> all();

	Optional<PublishedEdition> find(EditionId id);
}
