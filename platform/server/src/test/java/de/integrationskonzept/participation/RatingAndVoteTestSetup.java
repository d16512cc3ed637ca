package de.integrationskonzept.participation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Expertenkreis and Abstimmung tests (API and pages) start from: Wiesbaden, whose
 * „Bildung & Sprache“ goals are rated and voted on, Dietzenbach as the other tenant, and a way to
 * make new members of either.
 */
abstract class RatingAndVoteTestSetup {

	static final String EDITOR = "redaktion@demo.invalid";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired ConceptEditions editions;
	@Autowired DataSource dataSource;
	@Autowired TransactionTemplate transactions;
	Participants people;
	TenantId wiesbaden;
	TenantId dietzenbach;
	/** The goal ids of Wiesbaden's „Bildung & Sprache“, with Handlungsziele, in order. */
	List<UUID> goals;

	@BeforeEach
	void setUpTenantsAndGoals() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
		people = new Participants(new JdbcTemplate(dataSource), transactions, tenantScope);
		goals = Participants.goalsOf(editions, tenantScope, wiesbaden, Participants.BILDUNG);
	}

	MvcResult call(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static JsonNode json(MvcResult result) throws Exception {
		return JsonMapper.builder().build().readTree(body(result));
	}
}
