package de.integrationskonzept.concepts;

import java.util.List;

/**
 * The shared indicator catalogue, kept by central administrators: common definitions that make
 * municipalities' indicators comparable. Every member of a tenant (and every platform admin) may
 * read it; only platform admins may add or change entries — checked here, whatever entrance the
 * call comes through.
 */
public interface IndicatorCatalogue {

	/** All entries, ordered by code. */
	List<CatalogueIndicator> list();

	CatalogueIndicator get(String code);

	/** Adds an entry as its version 1 (the {@code version} of the argument is ignored). Platform admins only. */
	CatalogueIndicator create(CatalogueIndicator entry);

	/**
	 * Changes an entry if nobody changed it since {@code expectedVersion}; the entry's version
	 * goes up by one. Platform admins only.
	 */
	CatalogueIndicator change(CatalogueIndicator entry, int expectedVersion);
}
