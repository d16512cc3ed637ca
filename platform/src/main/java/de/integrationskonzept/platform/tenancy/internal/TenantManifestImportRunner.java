package de.integrationskonzept.platform.tenancy.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports the tenant manifests at startup (default and demo profile), or as a one-off command
 * with the {@code import-tenants} profile, which exits when done.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "ik.tenants.import-on-startup", havingValue = "true")
class TenantManifestImportRunner implements ApplicationRunner {

	private final TenantManifestImport tenantImport;
	private final ResourcePatternResolver resources;
	private final ConfigurableApplicationContext context;
	private final String manifests;
	private final boolean exitAfterImport;

	TenantManifestImportRunner(TenantManifestImport tenantImport, ResourcePatternResolver resources,
			ConfigurableApplicationContext context, @Value("${ik.tenants.manifests}") String manifests,
			@Value("${ik.tenants.exit-after-import:false}") boolean exitAfterImport) {
		this.tenantImport = tenantImport;
		this.resources = resources;
		this.context = context;
		this.manifests = manifests;
		this.exitAfterImport = exitAfterImport;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		List<Resource> found = Arrays.stream(resources.getResources(manifests))
			.sorted(Comparator.comparing(Resource::getFilename))
			.toList();
		if (found.isEmpty()) {
			throw new IllegalStateException("no tenant manifests found at " + manifests);
		}
		tenantImport.importManifests(found);
		if (exitAfterImport) {
			System.exit(SpringApplication.exit(context));
		}
	}
}
