package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.MEMBERSHIP;
import static de.integrationskonzept.platform.internal.db.Tables.USER_ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.persistence.CrossTenantOperations;
import de.integrationskonzept.platform.security.PersonalData;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's GDPR rights on their own account: a copy of all their data (Art. 15 and 20) through
 * a link that works once, for one hour, and only for the same signed-in account; and deleting the
 * account (Art. 17), which anonymises their contributions in every municipality.
 */
@Service
@Transactional
class PersonalDataRequests {

	static final Duration EXPORT_LINK_VALIDITY = Duration.ofHours(1);
	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** Deleting the account would leave a municipality without anyone who can administer it. */
	static class LastAdministrator extends RuntimeException {
		private final List<String> tenantSlugs;

		LastAdministrator(List<String> tenantSlugs) {
			super("last administrator of " + tenantSlugs);
			this.tenantSlugs = tenantSlugs;
		}

		List<String> tenantSlugs() {
			return tenantSlugs;
		}
	}

	private final UserAccounts accounts;
	private final AccountTokens tokens;
	private final CrossTenantOperations crossTenant;
	private final List<PersonalData> modules;
	private final DSLContext dsl;
	private final SecurityAudit audit;

	PersonalDataRequests(UserAccounts accounts, AccountTokens tokens, CrossTenantOperations crossTenant, List<PersonalData> modules,
			DSLContext dsl, SecurityAudit audit) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.crossTenant = crossTenant;
		this.modules = modules;
		this.dsl = dsl;
		this.audit = audit;
	}

	/** A new export link for the account; older unused links stop working. Answers the token of the link. */
	String requestExport(UUID account) {
		return tokens.issue(account, AccountTokens.Purpose.DATA_EXPORT, EXPORT_LINK_VALIDITY, null);
	}

	/**
	 * The export as JSON, if the token is valid and belongs to {@code signedIn}; uses the token up.
	 * Someone else's token is neither used up nor answered.
	 */
	Optional<byte[]> download(String token, UUID signedIn) {
		if (tokens.holderOf(token, AccountTokens.Purpose.DATA_EXPORT).filter(holder -> holder.user().equals(signedIn)).isEmpty()) {
			return Optional.empty();
		}
		return tokens.redeem(token, AccountTokens.Purpose.DATA_EXPORT).map(holder -> JSON.writeValueAsBytes(exportOf(holder.user())));
	}

	Map<String, Object> exportOf(UUID accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("format", "integrationskonzept-personal-data/1");
		export.put("exportedAt", Instant.now().toString());
		export.put("account", Map.of("id", account.id().toString(), "email", account.email(), "displayName", account.displayName(),
				"secondFactor", account.totpEnabled(), "createdAt", createdAt(accountId)));
		Map<String, Object> perTenant = new LinkedHashMap<>();
		List<Membership> memberships = accounts.membershipsOf(accountId);
		crossTenant.forEachTenant(account.id().toString(), "Datenauskunft nach Art. 15 DSGVO für die eigene Person",
				memberships.stream().map(Membership::tenant).distinct().toList(), tenant -> {
					Map<String, Object> sections = new LinkedHashMap<>();
					sections.put("roles", memberships.stream().filter(m -> m.tenant().equals(tenant)).map(m -> m.role().name()).toList());
					for (PersonalData module : modules) {
						sections.put(module.section(), module.export(accountId));
					}
					perTenant.put(slugOf(memberships, tenant), sections);
					return false;
				});
		export.put("municipalities", perTenant);
		return export;
	}

	/**
	 * Deletes the account after each module has done what goes beyond the database's
	 * {@code on delete set null}. All or nothing: a failure in any module deletes nothing.
	 * @throws LastAdministrator if the person is the only administrator of a municipality
	 */
	void deleteAccount(UUID accountId) {
		List<Membership> memberships = accounts.membershipsOf(accountId);
		List<TenantId> tenants = memberships.stream().map(Membership::tenant).distinct().toList();
		List<String> lastAdminOf = memberships.stream().filter(m -> m.role() == TenantRole.TENANT_ADMIN)
			.filter(m -> crossTenant.forEachTenant(accountId.toString(), "Prüfen, ob weitere Administratoren bleiben", List.of(m.tenant()),
					tenant -> dsl.fetchCount(MEMBERSHIP, MEMBERSHIP.ROLE.eq(TenantRole.TENANT_ADMIN.name()), MEMBERSHIP.USER_ID.ne(accountId)) == 0)
				.size() == 1)
			.map(Membership::tenantSlug).toList();
		if (!lastAdminOf.isEmpty()) {
			throw new LastAdministrator(lastAdminOf);
		}
		crossTenant.forEachTenant(accountId.toString(), "Konto auf eigenen Wunsch löschen (Art. 17 DSGVO), Beiträge anonymisieren", tenants,
				tenant -> {
					modules.forEach(module -> module.beforeAccountDeletion(accountId));
					return true;
				});
		dsl.execute("delete from oauth2_authorization where principal_name = (select email from platform.user_account where id = ?)", accountId);
		dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId)).execute();
		audit.record(null, "account:" + accountId, "ACCOUNT_DELETED", "Konto auf eigenen Wunsch gelöscht; Beiträge anonymisiert");
	}

	private String createdAt(UUID accountId) {
		return dsl.select(USER_ACCOUNT.CREATED_AT).from(USER_ACCOUNT).where(USER_ACCOUNT.ID.eq(accountId)).fetchSingle().value1().toString();
	}

	private static String slugOf(List<Membership> memberships, TenantId tenant) {
		return memberships.stream().filter(m -> m.tenant().equals(tenant)).map(Membership::tenantSlug).findFirst().orElse(tenant.value().toString());
	}
}
