package de.integrationskonzept.concepts.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.CatalogueIndicator;
import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.concepts.TemplateProblems;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.SecurityAudit;

/**
 * Keeps the shared indicator catalogue. Changes are for platform admins only and are checked
 * here first, before anything is read or written, so no entrance (API, page, import) can forget
 * it.
 */
@Service
@Transactional
class IndicatorCatalogueService implements IndicatorCatalogue {

	static final String CHANGED = "CATALOGUE_ENTRY_CHANGED";

	private final CatalogueIndicatorRepository entries;
	private final SecurityAudit audit;

	IndicatorCatalogueService(CatalogueIndicatorRepository entries, SecurityAudit audit) {
		this.entries = entries;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CatalogueIndicator> list() {
		AccessControl.requireTenantMemberOrPlatformAdmin();
		return entries.list();
	}

	@Override
	@Transactional(readOnly = true)
	public CatalogueIndicator get(String code) {
		AccessControl.requireTenantMemberOrPlatformAdmin();
		return entries.find(code).orElseThrow(() -> new TemplateProblems.IndicatorNotFound(code));
	}

	@Override
	public CatalogueIndicator create(CatalogueIndicator entry) {
		AccessControl.requirePlatformAdmin();
		CatalogueIndicator first = entry.asVersion(1, Instant.now());
		validate(first);
		String actor = AccessControl.actor().orElseThrow();
		if (!entries.insert(first, actor)) {
			throw new TemplateProblems.AlreadyExists("Den Indikator", entry.code());
		}
		audit.record(null, actor, CHANGED, entry.code() + " angelegt (Version 1)");
		return entries.find(entry.code()).orElseThrow();
	}

	@Override
	public CatalogueIndicator change(CatalogueIndicator entry, int expectedVersion) {
		AccessControl.requirePlatformAdmin();
		validate(entry);
		CatalogueIndicator current = entries.find(entry.code()).orElseThrow(() -> new TemplateProblems.IndicatorNotFound(entry.code()));
		if (current.version() != expectedVersion) {
			throw new TemplateProblems.VersionConflict(entry.code(), expectedVersion, current.version());
		}
		if (entry.asVersion(current.version(), current.changedAt()).equals(current)) {
			return current;
		}
		String actor = AccessControl.actor().orElseThrow();
		if (!entries.update(entry.asVersion(expectedVersion + 1, Instant.now()), expectedVersion, actor)) {
			throw new TemplateProblems.VersionConflict(entry.code(), expectedVersion, entries.find(entry.code()).orElseThrow().version());
		}
		audit.record(null, actor, CHANGED, entry.code() + " geändert (Version " + (expectedVersion + 1) + ")");
		return entries.find(entry.code()).orElseThrow();
	}

	private static void validate(CatalogueIndicator entry) {
		List<String> problems = entry.problems();
		if (!problems.isEmpty()) {
			throw new TemplateProblems.Invalid(problems);
		}
	}
}
