package de.integrationskonzept.platform.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import de.integrationskonzept.platform.security.TenantAuthority;

/**
 * Loads a person for sign-in: their tenant roles become authorities. Uses Spring's own
 * {@link User} so sessions and the authorization server's stored authorizations need no custom
 * serialisation.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;
	private final boolean demoAccountsEnabled;

	AccountUserDetailsService(UserAccounts accounts, @Value("${ik.demo.accounts-enabled:false}") boolean demoAccountsEnabled) {
		this.accounts = accounts;
		this.demoAccountsEnabled = demoAccountsEnabled;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Account account = accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return User.withUsername(account.email())
			.password(account.passwordHash() == null ? "{noop}" : account.passwordHash())
			.authorities(authoritiesOf(account))
			.disabled(!account.canSignIn() || (account.demo() && !demoAccountsEnabled))
			.accountLocked(account.isLockedAt(Instant.now()))
			.build();
	}

	List<GrantedAuthority> authoritiesOf(Account account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (account.platformAdmin()) {
			authorities.add(TenantAuthority.platformAdmin());
		}
		for (Membership membership : accounts.membershipsOf(account.id())) {
			authorities.add(TenantAuthority.of(membership.tenant(), membership.role()));
		}
		return authorities;
	}
}
