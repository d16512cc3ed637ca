package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.SECURITY_AUDIT;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Writes the security audit log. Entries are written in their own transaction, so a failed
 * action (e.g. a rejected sign-in) is still recorded.
 */
@Component
class JdbcSecurityAudit implements SecurityAudit {

	private static final Logger LOG = LoggerFactory.getLogger("security-audit");

	private final DSLContext dsl;

	JdbcSecurityAudit(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public void record(String action, String detail) {
		record(TenantContext.current().orElse(null), AccessControl.actor().orElse("anonymous"), action, detail);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(TenantId tenant, String actor, String action, String detail) {
		String ip = clientAddress();
		LOG.info("{} by {} (tenant {}, from {}): {}", action, actor, tenant, ip, detail);
		dsl.insertInto(SECURITY_AUDIT)
			.set(SECURITY_AUDIT.TENANT_ID, tenant == null ? null : tenant.value())
			.set(SECURITY_AUDIT.ACTOR, actor)
			.set(SECURITY_AUDIT.ACTION, action)
			.set(SECURITY_AUDIT.DETAIL, detail)
			.set(SECURITY_AUDIT.IP_ADDRESS, ip)
			.execute();
	}

	private static String clientAddress() {
		// With server.forward-headers-strategy=framework this is the client's address behind the proxy.
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}
}
