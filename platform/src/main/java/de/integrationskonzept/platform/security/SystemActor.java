package de.integrationskonzept.platform.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets the platform itself act — startup imports, scheduled work — through the same services
 * and role checks people use: under a named system actor (it appears in histories and audit
 * entries) holding exactly the given authorities, for the duration of the work only.
 */
public final class SystemActor {

	private SystemActor() {
	}

	public static <T> T callAs(String name, List<GrantedAuthority> authorities, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
