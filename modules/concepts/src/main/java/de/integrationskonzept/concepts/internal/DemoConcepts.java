package de.integrationskonzept.concepts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.SystemActor;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;

/**
 * Loads the demo tenants' concepts ({@code tenants/concepts/*.json}) through the same import an
 * editor uses, acting as an editor of each tenant. Editions that exist already are left alone,
 * so restarts change nothing; predecessors are imported before their Fortschreibung.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ik.demo.concepts-import", havingValue = "true")
class DemoConcepts implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoConcepts.class);

	private final ConceptEditions editions;
	private final EditionRepository repository;
	private final Tenants tenants;
	private final TenantScope tenantScope;
	private final ResourcePatternResolver resources;
	private final String location;

	DemoConcepts(ConceptEditions editions, EditionRepository repository, Tenants tenants, TenantScope tenantScope,
			ResourcePatternResolver resources, @Value("${ik.demo.concepts:classpath*:tenants/concepts/*.json}") String location) {
		this.editions = editions;
		this.repository = repository;
		this.tenants = tenants;
		this.tenantScope = tenantScope;
		this.resources = resources;
		this.location = location;
	}

	private record Document(String tenant, EditionId id, boolean continues, String json) {
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<Document> documents = new ArrayList<>();
		for (Resource resource : resources.getResources(location)) {
			String json = resource.getContentAsString(StandardCharsets.UTF_8);
			JsonNode head = EditionJson.MAPPER.readTree(json);
			documents.add(new Document(head.path("tenant").asString(), EditionId.of(head.path("id").asString()),
					!head.path("continues").isNull() && !head.path("continues").isMissingNode(), json));
		}
		documents.sort(Comparator.comparing(Document::continues));
		int imported = 0;
		for (Document document : documents) {
			var tenant = tenants.findActiveBySlug(document.tenant());
			if (tenant.isEmpty()) {
				LOG.warn("Demo concept {} names unknown tenant {}", document.id(), document.tenant());
				continue;
			}
			boolean created = tenantScope.callAs(tenant.get().id(), () -> asDemoEditor(tenant.get().id(), () -> {
				if (repository.existsInOwnTransaction(document.id())) {
					return false;
				}
				editions.importJson(document.json());
				return true;
			}));
			imported += created ? 1 : 0;
		}
		if (imported > 0) {
			LOG.info("Imported {} demo concept editions", imported);
		}
	}

	private static <T> T asDemoEditor(TenantId tenant, Supplier<T> work) {
		return SystemActor.callAs("system:demo-import", List.of(TenantAuthority.of(tenant, TenantRole.EDITOR)), work);
	}
}
