package de.integrationskonzept.platform.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * The tenant import is idempotent and all-or-nothing.
 */
@SpringBootTest
class TenantManifestImportTests {

	@Autowired TenantManifestImport tenantImport;
	@Autowired ResourcePatternResolver resources;
	@Autowired DataSource dataSource;
	@Autowired TransactionTemplate transactions;
	@Autowired TenantScope tenantScope;

	@AfterEach
	void restoreDemoTenants() throws Exception {
		tenantImport.importManifests(manifests("classpath*:tenants/*.yaml"));
	}

	@Test
	void reimportingTheSameManifestsChangesNothing() throws Exception {
		Map<String, Object> before = snapshot();

		var result = tenantImport.importManifests(manifests("classpath*:tenants/*.yaml"));

		assertThat(result).isEqualTo(new TenantManifestImport.Result(0, 0, 5));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void oneInvalidManifestRejectsTheWholeImportAndNamesEveryProblem() throws Exception {
		Map<String, Object> before = snapshot();

		assertThatThrownBy(() -> tenantImport.importManifests(manifests("classpath:manifests/invalid/*.yaml")))
			.isInstanceOf(TenantManifestException.class)
			.hasMessageContaining("mainz.yaml: AGS 07315000 belongs to Rheinland-Pfalz, not to Hessen")
			.hasMessageContaining("unknown-field.yaml")
			.hasMessageContaining("populaton")
			.hasMessageNotContaining("offenbach.yaml");

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void changedManifestUpdatesOnlyThatTenant() throws Exception {
		Map<String, Object> before = snapshot();

		var result = tenantImport.importManifests(manifests("classpath:manifests/changed/dietzenbach.yaml"));

		assertThat(result).isEqualTo(new TenantManifestImport.Result(0, 1, 0));
		Map<String, Object> after = snapshot();
		assertThat(after.get("tenants")).as("registry rows, with their updated-at stamps").isEqualTo(before.get("tenants"));
		assertThat((Integer) after.get("audit entries")).as("the cross-tenant write is audited").isEqualTo((Integer) before.get("audit entries") + 1);
		@SuppressWarnings("unchecked")
		var offices = (Map<String, Object>) after.get("contact offices");
		assertThat(offices.get("dietzenbach").toString()).contains("06074 373-0");
		@SuppressWarnings("unchecked")
		var officesBefore = (Map<String, Object>) before.get("contact offices");
		offices.remove("dietzenbach");
		officesBefore.remove("dietzenbach");
		assertThat(offices).isEqualTo(officesBefore);
	}

	private List<Resource> manifests(String pattern) throws Exception {
		return Arrays.asList(resources.getResources(pattern));
	}

	/** Every row the import writes, with its updated-at stamps, plus the audit log's size. */
	private Map<String, Object> snapshot() {
		var jdbc = new JdbcTemplate(dataSource);
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("tenants", jdbc.queryForList("select * from platform.tenant order by slug"));
		snapshot.put("host names", jdbc.queryForList("select * from platform.tenant_host_name order by host_name"));
		snapshot.put("audit entries", jdbc.queryForObject("select count(*) from platform.cross_tenant_access", Integer.class));
		Map<String, Object> offices = new LinkedHashMap<>();
		for (var tenant : jdbc.queryForList("select id::text, slug from platform.tenant order by slug")) {
			TenantId id = TenantId.of((String) tenant.get("id"));
			offices.put((String) tenant.get("slug"), tenantScope.callAs(id, () -> transactions.execute(
					status -> jdbc.queryForList("select * from platform.contact_office"))));
		}
		snapshot.put("contact offices", offices);
		return snapshot;
	}
}
