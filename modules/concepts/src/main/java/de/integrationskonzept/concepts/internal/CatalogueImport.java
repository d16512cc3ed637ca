package de.integrationskonzept.concepts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.CatalogueIndicator;
import de.integrationskonzept.concepts.FieldTemplate;
import de.integrationskonzept.concepts.FieldTemplates;
import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.platform.security.SystemActor;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.web.ProblemException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the shared indicator catalogue and the Handlungsfeld templates that ship with the
 * platform ({@code catalogue/*.json}) through the same services a platform admin uses, acting as
 * the platform admin {@value #ACTOR}. Identity is code and version: what exists already is left
 * alone, so restarts change nothing, and a new version in the file is published as the next
 * version. Indicators come first, because templates suggest them.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "ik.catalogue.import-on-startup", havingValue = "true", matchIfMissing = true)
class CatalogueImport implements ApplicationRunner {

	static final String ACTOR = "system:catalogue-import";

	private static final Logger LOG = LoggerFactory.getLogger(CatalogueImport.class);
	private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	/** The files: a format name, a note on the sources, and the entries. */
	record IndicatorFile(String format, String note, List<CatalogueIndicator> indicators) {
	}

	record TemplateFile(String format, String note, List<FieldTemplate> templates) {
	}

	private final IndicatorCatalogue catalogue;
	private final FieldTemplates fieldTemplates;
	private final CatalogueIndicatorRepository storedIndicators;
	private final FieldTemplateRepository storedTemplates;
	private final Resource indicatorFile;
	private final Resource templateFile;

	CatalogueImport(IndicatorCatalogue catalogue, FieldTemplates fieldTemplates, CatalogueIndicatorRepository storedIndicators,
			FieldTemplateRepository storedTemplates, ResourceLoader resources,
			@Value("${ik.catalogue.indicators:classpath:catalogue/indicators.json}") String indicators,
			@Value("${ik.catalogue.field-templates:classpath:catalogue/field-templates.json}") String templates) {
		this.catalogue = catalogue;
		this.fieldTemplates = fieldTemplates;
		this.storedIndicators = storedIndicators;
		this.storedTemplates = storedTemplates;
		this.indicatorFile = resources.getResource(indicators);
		this.templateFile = resources.getResource(templates);
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		int imported = importAll();
		if (imported > 0) {
			LOG.info("Imported {} indicator catalogue entries and Handlungsfeld template versions", imported);
		}
	}

	/** @return how many entries and versions were created or changed */
	int importAll() throws IOException {
		var indicators = JSON.readValue(indicatorFile.getContentAsString(StandardCharsets.UTF_8), IndicatorFile.class).indicators();
		var templates = JSON.readValue(templateFile.getContentAsString(StandardCharsets.UTF_8), TemplateFile.class).templates();
		return asImporter(() -> {
			int count = 0;
			for (CatalogueIndicator indicator : indicators) {
				count += importIndicator(indicator) ? 1 : 0;
			}
			for (FieldTemplate template : templates.stream()
				.sorted(Comparator.comparing(FieldTemplate::code).thenComparing(FieldTemplate::version)).toList()) {
				count += importTemplate(template) ? 1 : 0;
			}
			return count;
		});
	}

	private boolean importIndicator(CatalogueIndicator indicator) {
		Optional<CatalogueIndicator> stored = storedIndicators.find(indicator.code());
		int storedVersion = stored.map(CatalogueIndicator::version).orElse(0);
		if (storedVersion >= indicator.version()) {
			return false;
		}
		if (storedVersion != indicator.version() - 1) {
			LOG.warn("Catalogue file has {} version {}, but the catalogue holds version {}: not imported", indicator.code(),
					indicator.version(), storedVersion);
			return false;
		}
		return attempt(indicator.code(), () -> stored.isEmpty() ? catalogue.create(indicator) : catalogue.change(indicator, storedVersion));
	}

	private boolean importTemplate(FieldTemplate template) {
		if (storedTemplates.find(template.code(), template.version()).isPresent()) {
			return false;
		}
		return attempt(template.code(), () -> template.version() == 1 ? fieldTemplates.create(template)
				: fieldTemplates.publishVersion(template, template.version() - 1));
	}

	/** Imports one entry; a refused entry is reported and does not stop the others. */
	private static boolean attempt(String code, Supplier<?> work) {
		try {
			work.get();
			return true;
		}
		catch (ProblemException e) {
			LOG.warn("Catalogue entry {} not imported: {} {}", code, e.getMessage(), e.problems());
			return false;
		}
	}

	private static <T> T asImporter(Supplier<T> work) {
		return SystemActor.callAs(ACTOR, List.of(TenantAuthority.platformAdmin()), work);
	}
}
