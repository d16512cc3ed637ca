package de.integrationskonzept.concepts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.FieldTemplate;
import de.integrationskonzept.concepts.FieldTemplates;
import de.integrationskonzept.concepts.TemplateProblems;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.SecurityAudit;

/**
 * Keeps the Handlungsfeld templates. Publishing is for platform admins only and is checked here
 * first, before anything is read or written, so no entrance (API, page, import) can forget it.
 */
@Service
@Transactional
class FieldTemplatesService implements FieldTemplates {

	static final String PUBLISHED = "TEMPLATE_VERSION_PUBLISHED";

	private final FieldTemplateRepository templates;
	private final CatalogueIndicatorRepository indicators;
	private final SecurityAudit audit;

	FieldTemplatesService(FieldTemplateRepository templates, CatalogueIndicatorRepository indicators, SecurityAudit audit) {
		this.templates = templates;
		this.indicators = indicators;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FieldTemplate> list() {
		AccessControl.requireTenantMemberOrPlatformAdmin();
		return templates.latestOfEach();
	}

	@Override
	@Transactional(readOnly = true)
	public FieldTemplate get(String code) {
		AccessControl.requireTenantMemberOrPlatformAdmin();
		return templates.latest(code).orElseThrow(() -> new TemplateProblems.TemplateNotFound(code));
	}

	@Override
	@Transactional(readOnly = true)
	public FieldTemplate get(String code, int version) {
		AccessControl.requireTenantMemberOrPlatformAdmin();
		return templates.find(code, version).orElseThrow(() -> new TemplateProblems.TemplateNotFound(code, version));
	}

	@Override
	public FieldTemplate create(FieldTemplate first) {
		AccessControl.requirePlatformAdmin();
		validate(first);
		if (templates.latest(first.code()).isPresent()) {
			throw new TemplateProblems.AlreadyExists("Die Vorlage", first.code());
		}
		return publish(first.asVersion(1, Instant.now()));
	}

	@Override
	public FieldTemplate publishVersion(FieldTemplate next, int basedOnVersion) {
		AccessControl.requirePlatformAdmin();
		validate(next);
		FieldTemplate latest = templates.latest(next.code()).orElseThrow(() -> new TemplateProblems.TemplateNotFound(next.code()));
		if (latest.version() != basedOnVersion) {
			throw new TemplateProblems.VersionConflict(next.code(), basedOnVersion, latest.version());
		}
		FieldTemplate published = next.asVersion(basedOnVersion + 1, Instant.now());
		if (published.asVersion(latest.version(), latest.publishedAt()).equals(latest)) {
			throw new TemplateProblems.Invalid(List.of("Die neue Version unterscheidet sich nicht von Version " + latest.version() + "."));
		}
		return publish(published);
	}

	private FieldTemplate publish(FieldTemplate template) {
		Set<String> unknown = indicators.unknown(template.suggestedIndicators());
		if (!unknown.isEmpty()) {
			throw new TemplateProblems.Invalid(List.of("Diese vorgeschlagenen Indikatoren stehen nicht im Indikatorenkatalog: "
					+ String.join(", ", unknown) + "."));
		}
		String actor = AccessControl.actor().orElseThrow();
		if (!templates.insert(template, actor)) {
			// someone else published this version in between
			throw template.version() == 1 ? new TemplateProblems.AlreadyExists("Die Vorlage", template.code())
					: new TemplateProblems.VersionConflict(template.code(), template.version() - 1, template.version());
		}
		// Global reference data: recorded without a tenant, even when called on a tenant's host.
		audit.record(null, actor, PUBLISHED, template.code() + " Version " + template.version());
		return templates.find(template.code(), template.version()).orElseThrow();
	}

	private static void validate(FieldTemplate template) {
		List<String> problems = template.problems();
		if (!problems.isEmpty()) {
			throw new TemplateProblems.Invalid(problems);
		}
	}
}
