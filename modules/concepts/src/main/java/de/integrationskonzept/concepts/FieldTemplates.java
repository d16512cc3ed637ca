package de.integrationskonzept.concepts;

import java.util.List;

/**
 * The shared catalogue of Handlungsfeld templates, kept by central administrators. Every member
 * of a tenant (and every platform admin) may read it; only platform admins may create a template
 * or publish a new version — checked here, whatever entrance the call comes through. Published
 * versions never change, so what a tenant adopted stays traceable; tenants are offered the
 * newest version.
 */
public interface FieldTemplates {

	/** The newest version of every template, ordered by code. */
	List<FieldTemplate> list();

	/** The newest version of a template. */
	FieldTemplate get(String code);

	/** One published version of a template. */
	FieldTemplate get(String code, int version);

	/** Creates a template as its version 1 (the {@code version} of the argument is ignored). Platform admins only. */
	FieldTemplate create(FieldTemplate first);

	/**
	 * Publishes the next version of a template, if its newest version is still {@code basedOnVersion}
	 * (the {@code version} of the argument is ignored). Platform admins only.
	 */
	FieldTemplate publishVersion(FieldTemplate next, int basedOnVersion);
}
