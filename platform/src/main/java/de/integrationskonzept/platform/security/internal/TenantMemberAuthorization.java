package de.integrationskonzept.platform.security.internal;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * Grants a request on a tenant's path only to callers that act for that tenant (any role, or
 * the tenant's own machine client). A valid token of another tenant is refused with 403.
 */
class TenantMemberAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
		var tenant = TenantContext.current();
		Authentication caller = authentication.get();
		if (tenant.isEmpty() || caller == null || !caller.isAuthenticated()) {
			return new AuthorizationDecision(false);
		}
		boolean member = caller.getAuthorities().stream()
			.anyMatch(authority -> TenantAuthority.tenantOf(authority.getAuthority()).filter(tenant.get()::equals).isPresent());
		return new AuthorizationDecision(member);
	}
}
