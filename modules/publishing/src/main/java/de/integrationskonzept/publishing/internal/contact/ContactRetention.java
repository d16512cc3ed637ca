package de.integrationskonzept.publishing.internal.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.persistence.CrossTenantOperations;
import de.integrationskonzept.platform.persistence.ExclusiveJobs;
import de.integrationskonzept.platform.security.RateLimits;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Deletes personal data of the contact form that is no longer needed (GDPR Art. 5(1)(e)):
 * messages handled longer ago than {@code ik.publishing.contact.retention} (default 180 days),
 * and rate-limit entries older than an hour. Runs nightly, tenant by tenant.
 */
@Component
public class ContactRetention {

	static final String ACTOR = "system:contact-retention";

	private final CrossTenantOperations crossTenant;
	private final Tenants tenants;
	private final ContactMessageRepository messages;
	private final RateLimits rateLimits;
	private final Duration retention;
	private final Clock clock;

	private final ExclusiveJobs jobs;

	ContactRetention(ExclusiveJobs jobs, CrossTenantOperations crossTenant, Tenants tenants, ContactMessageRepository messages,
			RateLimits rateLimits, @Value("${ik.publishing.contact.retention:P180D}") Duration retention) {
		this.jobs = jobs;
		this.crossTenant = crossTenant;
		this.tenants = tenants;
		this.messages = messages;
		this.rateLimits = rateLimits;
		this.retention = retention;
		this.clock = Clock.systemUTC();
	}

	@Scheduled(cron = "${ik.publishing.contact.retention-cron:0 40 3 * * *}", zone = "Europe/Berlin")
	void nightly() {
		jobs.runExclusively("publishing.contact-retention", () -> deleteExpired(clock.instant()));
	}

	/** Deletes what has expired at {@code now}; answers the tenants whose data changed. */
	public List<TenantId> deleteExpired(Instant now) {
		Instant cutoff = now.minus(retention);
		List<TenantId> all = tenants.findActive().stream().map(Tenant::id).toList();
		return crossTenant.forEachTenant(ACTOR, "Erledigte Kontaktnachrichten nach " + retention.toDays()
				+ " Tagen und abgelaufene Einträge der Ratenbegrenzung löschen", all,
				tenant -> messages.deleteHandledBefore(cutoff) + rateLimits.purgeExpired() > 0);
	}
}
