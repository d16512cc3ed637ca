package de.integrationskonzept.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * The id of the person acting, for modules that store who contributed something. Store this id
 * (a column referencing {@code platform.user_account(id) on delete set null}), never the e-mail
 * address: deleting an account then anonymises every contribution at once.
 */
public interface CurrentAccount {

	/** The signed-in person's account id; empty for anonymous callers and machine clients. */
	Optional<UUID> id();

	/** The signed-in person's account id, or {@link org.springframework.security.access.AccessDeniedException}. */
	UUID require();
}
