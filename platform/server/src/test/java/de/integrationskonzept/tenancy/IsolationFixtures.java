package de.integrationskonzept.tenancy;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * One row per tenant-owned table that the demo data does not fill, so the isolation tests have
 * another tenant's rows to try. A new tenant-owned table fails those tests until it gets a
 * fixture here (or demo data).
 */
final class IsolationFixtures {

	private IsolationFixtures() {
	}

	private static final java.util.Set<TenantId> CONCEPTS_IMPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/** A complete concept edition (every concepts table gets rows), imported once per tenant as an editor would. */
	static void concept(ConceptEditions editions, TenantScope tenantScope, TenantId tenant) {
		if (!CONCEPTS_IMPORTED.add(tenant)) {
			return;
		}
		try {
			String fresh = de.integrationskonzept.concepts.TestEditions.fresh();
			var editor = new org.springframework.security.authentication.TestingAuthenticationToken("fixture", null,
					java.util.List.of(TenantAuthority.of(tenant, TenantRole.EDITOR)));
			SecurityContextHolder.getContext().setAuthentication(editor);
			tenantScope.runAs(tenant, () -> editions.importJson(fresh));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static void insert(JdbcTemplate jdbc, TenantId tenant) {
		jdbc.update("insert into concepts.actor (tenant_id, id, kind, name) values (?, gen_random_uuid(), 'VEREIN', 'Fixture-Verein') on conflict do nothing",
				tenant.value());
		jdbc.update("insert into concepts.level_label (tenant_id, level, label_de) values (?, 'ZIEL', 'Ziel') on conflict do nothing",
				tenant.value());
		jdbc.update("insert into platform.tenant_security_setting (tenant_id) values (?) on conflict do nothing", tenant.value());
		jdbc.update("""
				insert into platform.api_client (tenant_id, client_id, name, scopes)
				values (?, 'isolation-fixture', 'Fixture', array['concepts.read']) on conflict do nothing
				""", tenant.value());
		jdbc.update("""
				insert into platform.invitation (tenant_id, token_hash, email, role, expires_at)
				values (?, 'isolation-fixture', 'fixture@demo.invalid', 'CITIZEN', now() + interval '1 day') on conflict do nothing
				""", tenant.value());
		// Participation: a process with one phase and one idea (fixed ids per tenant).
		jdbc.update("""
				insert into participation.process (tenant_id, id, edition_id, title)
				values (?, md5(?::text || ':process-fixture')::uuid, gen_random_uuid(), 'Fixture-Verfahren') on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.phase (tenant_id, process_id, position, kind, starts_on, ends_on)
				values (?, md5(?::text || ':process-fixture')::uuid, 0, 'IDEENSAMMLUNG', date '2026-06-01', date '2026-08-31') on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.idea (tenant_id, id, process_id, title, text, consent_version)
				values (?, md5(?::text || ':idea-fixture')::uuid, md5(?::text || ':process-fixture')::uuid,
				        'Fixture-Idee', 'Fixture-Ideentext', '2026-11-01') on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		ratingsAndVote(jdbc, tenant);
		jdbc.update("""
				insert into participation.consent_text (tenant_id, version, text)
				values (?, '2000-01-01', 'Fixture-Einwilligungstext für die Isolationstests') on conflict do nothing
				""", tenant.value());
		jdbc.update("""
				insert into monitoring.measurement (tenant_id, id, indicator_id, period, value, source, entered_via)
				values (?, md5(?::text || ':measurement-fixture')::uuid, gen_random_uuid(), '2024', 1, 'Fixture-Quelle', 'FORM')
				on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into monitoring.target (tenant_id, indicator_id, year, value)
				values (?, md5(?::text || ':target-fixture')::uuid, 2025, 1) on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into monitoring.measure_progress (tenant_id, id, measure_id, status, percent, changed_via)
				values (?, md5(?::text || ':measure-progress-fixture')::uuid, gen_random_uuid(), 'LAUFEND', 50, 'FORM') on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into monitoring.milestone (tenant_id, id, measure_id, title, due_on)
				values (?, md5(?::text || ':milestone-fixture')::uuid, gen_random_uuid(), 'Fixture-Meilenstein', date '2026-06-30')
				on conflict do nothing
				""", tenant.value(), tenant.value());
		// Funded project with a claimed goal, a reported output and an evaluation.
		jdbc.update("""
				insert into monitoring.funded_project (tenant_id, id, edition_id, title, carrier_actor_id, amount, starts_on, ends_on)
				values (?, md5(?::text || ':project-fixture')::uuid, gen_random_uuid(), 'Fixture-Projekt', gen_random_uuid(), 1000,
				        date '2025-01-01', date '2025-12-31') on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into monitoring.funded_project_goal (tenant_id, project_id, goal_id)
				values (?, md5(?::text || ':project-fixture')::uuid, md5(?::text || ':project-goal-fixture')::uuid) on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into monitoring.project_output (tenant_id, id, project_id, year, text)
				values (?, md5(?::text || ':project-output-fixture')::uuid, md5(?::text || ':project-fixture')::uuid, 2025, 'Fixture-Leistung')
				on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into monitoring.project_evaluation (tenant_id, id, project_id, goal_id, rating, text)
				values (?, md5(?::text || ':project-evaluation-fixture')::uuid, md5(?::text || ':project-fixture')::uuid,
				        md5(?::text || ':project-goal-fixture')::uuid, 3, 'Fixture-Bewertung') on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value(), tenant.value());
		// Released (public) monitoring values of an edition; the snapshot is an empty one.
		jdbc.update("""
				insert into monitoring.value_release (tenant_id, edition_id, released_at, snapshot)
				values (?, md5(?::text || ':value-release-fixture')::uuid, now(),
				        '{"indicators":[],"measures":[],"goals":[],"fields":[]}'::jsonb) on conflict do nothing
				""", tenant.value(), tenant.value());
		// Collection rounds: an indicator's setting and a reminder sent for one of its periods.
		jdbc.update("""
				insert into monitoring.collection_setting (tenant_id, indicator_id, edition_id, cadence, office)
				values (?, md5(?::text || ':collection-fixture')::uuid, gen_random_uuid(), 'QUARTERLY', 'Fixture-Amt') on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into monitoring.collection_reminder (tenant_id, indicator_id, period, kind)
				values (?, md5(?::text || ':collection-fixture')::uuid, '2024-Q1', 'OVERDUE') on conflict do nothing
				""", tenant.value(), tenant.value());
		// A draft yearly report with a comment on its summary (a draft, so the frozen-report trigger lets the tests change it).
		jdbc.update("""
				insert into monitoring.yearly_report (tenant_id, id, edition_id, year)
				values (?, md5(?::text || ':yearly-report-fixture')::uuid, gen_random_uuid(), 2025) on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into monitoring.yearly_report_comment (tenant_id, report_id, section, text)
				values (?, md5(?::text || ':yearly-report-fixture')::uuid, 'summary', 'Fixture-Kommentar') on conflict do nothing
				""", tenant.value(), tenant.value());
		// Benchmark opt-in (tenant-owned); benchmark_value has no tenant_id by design (cross-tenant, see BenchmarkTests).
		jdbc.update("""
				insert into monitoring.benchmark_opt_in (tenant_id, code, share, named)
				values (?, 'fixture-indikator', false, false) on conflict do nothing
				""", tenant.value());
		// Working groups: a group with one member (a fixture account), a meeting and a goal suggestion.
		jdbc.update("""
				insert into participation.working_group (tenant_id, id, process_id, field_id, field_name, name)
				values (?, md5(?::text || ':group-fixture')::uuid, md5(?::text || ':process-fixture')::uuid, gen_random_uuid(), 'Fixture-Feld',
				        'Fixture-Arbeitsgruppe') on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into platform.user_account (id, email, display_name, status)
				values (md5('isolation-fixture-group-member')::uuid, 'group-member-fixture@demo.invalid', 'Fixture', 'ACTIVE') on conflict do nothing
				""");
		jdbc.update("""
				insert into participation.working_group_member (tenant_id, group_id, account_id, role)
				values (?, md5(?::text || ':group-fixture')::uuid, md5('isolation-fixture-group-member')::uuid, 'MITGLIED') on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.working_group_meeting (tenant_id, id, group_id, starts_at, location, agenda)
				values (?, md5(?::text || ':meeting-fixture')::uuid, md5(?::text || ':group-fixture')::uuid, now(), 'Fixture-Ort', 'Fixture-TOP')
				on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.goal_suggestion (tenant_id, id, group_id, title)
				values (?, md5(?::text || ':suggestion-fixture')::uuid, md5(?::text || ':group-fixture')::uuid, 'Fixture-Ziel') on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		// Workshops: one workshop of the fixture process with an anonymous registration and an attachment.
		jdbc.update("""
				insert into participation.workshop (tenant_id, id, process_id, title, starts_at, ends_at, place, capacity)
				values (?, md5(?::text || ':workshop-fixture')::uuid, md5(?::text || ':process-fixture')::uuid, 'Fixture-Workshop',
				        timestamptz '2026-06-10 17:00+02', timestamptz '2026-06-10 20:00+02', 'Rathaus', 20) on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.workshop_registration (tenant_id, id, workshop_id, status)
				values (?, md5(?::text || ':registration-fixture')::uuid, md5(?::text || ':workshop-fixture')::uuid, 'CONFIRMED')
				on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.attachment (tenant_id, id, owner_kind, owner_id, file_name, content_type, size, sha256, content)
				values (?, md5(?::text || ':attachment-fixture')::uuid, 'WORKSHOP', md5(?::text || ':workshop-fixture')::uuid, 'fixture.txt',
				        'text/plain', 7, encode(sha256('Fixture'::bytea), 'hex'), 'Fixture'::bytea) on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		// Participation: a questionnaire with one question and one anonymous response with its answer.
		jdbc.update("""
				insert into participation.questionnaire (tenant_id, id, process_id, title, opens_on, closes_on, mode)
				values (?, md5(?::text || ':questionnaire-fixture')::uuid, md5(?::text || ':process-fixture')::uuid, 'Fixture-Fragebogen',
				        date '2026-06-01', date '2026-08-31', 'ANONYMOUS') on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.question (tenant_id, questionnaire_id, number, kind, text, required, max_length)
				values (?, md5(?::text || ':questionnaire-fixture')::uuid, 1, 'FREE_TEXT', 'Fixture-Frage', false, 100) on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.questionnaire_response (tenant_id, id, questionnaire_id, browser_token_hash)
				values (?, md5(?::text || ':response-fixture')::uuid, md5(?::text || ':questionnaire-fixture')::uuid, repeat('a', 64))
				on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.questionnaire_answer (tenant_id, response_id, questionnaire_id, question_number, text)
				values (?, md5(?::text || ':response-fixture')::uuid, md5(?::text || ':questionnaire-fixture')::uuid, 1, 'Fixture-Antwort')
				on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		// Support, comment and report without accounts (as after account deletion), fixed ids per tenant.
		jdbc.update("""
				insert into participation.idea_support (tenant_id, id, idea_id)
				values (?, md5(?::text || ':support-fixture')::uuid, md5(?::text || ':idea-fixture')::uuid) on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.idea_comment (tenant_id, id, idea_id, text)
				values (?, md5(?::text || ':comment-fixture')::uuid, md5(?::text || ':idea-fixture')::uuid, 'Fixture-Kommentar')
				on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		jdbc.update("""
				insert into participation.content_report (tenant_id, id, comment_id, reason)
				values (?, md5(?::text || ':report-fixture')::uuid, md5(?::text || ':comment-fixture')::uuid, 'Fixture') on conflict do nothing
				""", tenant.value(), tenant.value(), tenant.value());
		// Publishing: fixed ids per tenant, so repeated runs add no rows.
		jdbc.update("insert into publishing.site_settings (tenant_id, impressum) values (?, 'Fixture-Impressum') on conflict do nothing",
				tenant.value());
		jdbc.update("""
				insert into publishing.news_item (tenant_id, id, title, summary, body, author)
				values (?, md5(?::text || ':news-fixture')::uuid, 'Fixture', 'Fixture', 'Fixture', 'Fixture') on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into publishing.contact_message (tenant_id, id, email, subject, message, consent_at)
				values (?, md5(?::text || ':message-fixture')::uuid, 'fixture@demo.invalid', 'Fixture', 'Fixture-Nachricht', now())
				on conflict do nothing
				""", tenant.value(), tenant.value());
		jdbc.update("""
				insert into platform.rate_limit_hit (tenant_id, id, action, client_key, expires_at)
				values (?, md5(?::text || ':rate-limit-fixture')::uuid, 'fixture', repeat('f', 64), now() + interval '1 hour')
				on conflict do nothing
				""", tenant.value(), tenant.value());
	}

	/** Participation's Expertenkreis (circle, goal, expert, rating), Abstimmung (setting, voter, item, vote) and a closing. */
	private static void ratingsAndVote(JdbcTemplate jdbc, TenantId tenant) {
		jdbc.update("insert into platform.user_account (id, email, display_name, status) values (md5('isolation-fixture-account')::uuid, "
				+ "'isolation-fixture@test.invalid', 'Fixture', 'ACTIVE') on conflict do nothing");
		String process = "md5(?::text || ':process-fixture')::uuid";
		String goal = "md5(?::text || ':goal-fixture')::uuid";
		String field = "md5(?::text || ':field-fixture')::uuid";
		String account = "md5('isolation-fixture-account')::uuid";
		UUID t = tenant.value();
		jdbc.update("insert into participation.expert_circle (tenant_id, process_id, field_id, field_name) values (?, " + process + ", " + field
				+ ", 'Fixture-Feld') on conflict do nothing", t, t, t);
		jdbc.update("insert into participation.expert_goal (tenant_id, process_id, goal_id, field_id, title, position) values (?, " + process + ", "
				+ goal + ", " + field + ", 'Fixture-Ziel', 0) on conflict do nothing", t, t, t, t);
		jdbc.update("insert into participation.expert (tenant_id, process_id, field_id, account_id) values (?, " + process + ", " + field + ", "
				+ account + ") on conflict do nothing", t, t, t);
		jdbc.update("insert into participation.rating (tenant_id, id, process_id, goal_id, expert, relevance, feasibility) values (?, "
				+ "md5(?::text || ':rating-fixture')::uuid, " + process + ", " + goal + ", " + account + ", 3, 3) on conflict do nothing", t, t, t, t);
		jdbc.update("insert into participation.vote_setting (tenant_id, process_id, mode) values (?, " + process + ", 'INVITED') on conflict do nothing",
				t, t);
		jdbc.update("insert into participation.voter (tenant_id, process_id, account_id) values (?, " + process + ", " + account
				+ ") on conflict do nothing", t, t);
		jdbc.update("insert into participation.vote_item (tenant_id, process_id, goal_id, title, field_name, position) values (?, " + process + ", "
				+ goal + ", 'Fixture-Ziel', 'Fixture-Feld', 0) on conflict do nothing", t, t, t);
		jdbc.update("insert into participation.vote (tenant_id, id, process_id, goal_id, voter, choice) values (?, md5(?::text || ':vote-fixture')::uuid, "
				+ process + ", " + goal + ", " + account + ", 'ZUSTIMMUNG') on conflict do nothing", t, t, t, t);
		jdbc.update("insert into participation.closing (tenant_id, process_id, kind) values (?, " + process + ", 'RATINGS') on conflict do nothing",
				t, t);
	}

	/**
	 * The publishing tables are filled by the demo concepts' publication, which arrives after
	 * start-up through the event registry: wait for the tenant's snapshot and its search entries.
	 */
	static void awaitPublishedSnapshot(JdbcTemplate jdbc, org.springframework.transaction.support.TransactionTemplate transactions,
			TenantScope tenantScope, TenantId tenant) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> tenantScope.callAs(tenant,
				() -> transactions.execute(status -> jdbc.queryForObject("select count(*) from publishing.search_entry", Integer.class))) > 0);
	}
}
