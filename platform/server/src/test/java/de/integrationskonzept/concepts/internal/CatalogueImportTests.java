package de.integrationskonzept.concepts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue that ships with the platform is loaded at startup through the platform admins'
 * services, once: running the import again changes nothing, and every Handlungsfeld code the
 * demo concepts use has its template.
 */
@SpringBootTest
class CatalogueImportTests {

	@Autowired CatalogueImport catalogueImport;
	@Autowired JdbcTemplate jdbc;
	@Autowired ResourcePatternResolver resources;

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

	@Test
	void seedCatalogueIsLoadedOnceAndAgainChangesNothing() throws Exception {
		int templates = count("select count(*) from concepts.field_template");
		int goals = count("select count(*) from concepts.field_template_goal");
		int indicators = count("select count(*) from concepts.catalogue_indicator");
		int audited = count("select count(*) from platform.security_audit where actor = 'system:catalogue-import'");
		assertThat(count("select count(*) from concepts.field_template where published_by = 'system:catalogue-import'")).isGreaterThanOrEqualTo(12);
		assertThat(count("select count(*) from concepts.catalogue_indicator where changed_by = 'system:catalogue-import'")).isBetween(12, 20);

		assertThat(catalogueImport.importAll()).isZero();

		assertThat(count("select count(*) from concepts.field_template")).isEqualTo(templates);
		assertThat(count("select count(*) from concepts.field_template_goal")).isEqualTo(goals);
		assertThat(count("select count(*) from concepts.catalogue_indicator")).isEqualTo(indicators);
		assertThat(count("select count(*) from platform.security_audit where actor = 'system:catalogue-import'")).isEqualTo(audited);
	}

	@Test
	void everyTemplateCodeOfTheDemoConceptsHasATemplateWithTwoToFourGoals() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		Set<String> codes = new TreeSet<>();
		for (Resource resource : resources.getResources("classpath*:tenants/concepts/*.json")) {
			json.readTree(resource.getContentAsString(StandardCharsets.UTF_8)).get("fields").forEach(field -> {
				if (field.hasNonNull("templateCode")) {
					codes.add(field.get("templateCode").asString());
				}
			});
		}
		assertThat(codes).hasSize(12);
		for (String code : codes) {
			assertThat(count("select count(*) from concepts.field_template_goal where template_code = '" + code + "' and template_version = 1"))
				.as("suggested goals of %s", code).isBetween(2, 4);
		}
	}
}
