package de.integrationskonzept.publishing.internal;

import java.time.Instant;
import java.util.Optional;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * The immutable snapshot of an edition taken when an editor published it: everything the public
 * site, the PDF, search and open data show comes from here, never from the (editable) edition.
 * {@code current} is false once a later published edition took its place.
 */
public record PublishedEdition(TenantId tenantId, EditionId editionId, Instant publishedAt, boolean current,
		Edition edition) {

	/** The Handlungsfeld whose URL segment (see {@link FieldSlugs}) is {@code slug}. */
	public Optional<Edition.Field> field(String slug) {
		return edition.fields().stream().filter(field -> FieldSlugs.of(edition, field).equals(slug)).findFirst();
	}

	public String fieldSlug(Edition.Field field) {
		return FieldSlugs.of(edition, field);
	}
}
