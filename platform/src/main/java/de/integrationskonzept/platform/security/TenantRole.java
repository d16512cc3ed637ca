package de.integrationskonzept.platform.security;

/**
 * A person's role in one tenant. Each role includes the ones below it: an editor may do what a
 * contributor may, a tenant admin what an editor may.
 */
public enum TenantRole {

	/** Registered participant: submits ideas, supports, comments, answers questionnaires. */
	CITIZEN,
	/** Working group or expert circle member: rates, comments, drafts within assigned fields. */
	CONTRIBUTOR,
	/** Edits the concept and the monitoring data. */
	EDITOR,
	/** Manages users, settings and publishing of the tenant. */
	TENANT_ADMIN;

	public boolean includes(TenantRole other) {
		return compareTo(other) >= 0;
	}

	/** Staff are all roles above citizen; a tenant may require a second factor for them. */
	public boolean isStaff() {
		return this != CITIZEN;
	}
}
