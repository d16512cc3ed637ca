package de.integrationskonzept.platform.security;

import java.util.Map;
import java.util.UUID;

/**
 * A module's share of a person's data (GDPR): implemented by every module that stores
 * contributions of people. The platform calls each implementation once per tenant the person
 * belongs to, bound to that tenant (row-level security applies), inside one transaction.
 */
public interface PersonalData {

	/** The name of this part in the export, e.g. {@code participation}. */
	String section();

	/**
	 * Everything this module stores about the person in the bound tenant, as JSON-ready maps,
	 * lists, strings, numbers and {@code java.time} values. Empty when there is nothing.
	 */
	Map<String, Object> export(UUID accountId);

	/**
	 * Called before the account is deleted, in the same transaction. References declared
	 * {@code on delete set null} anonymise contributions without help; implement this for what
	 * must go beyond that (e.g. cancel future registrations, erase free-text contact details).
	 */
	default void beforeAccountDeletion(UUID accountId) {
	}
}
