package de.integrationskonzept.publishing.internal.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.publishing.internal.FieldProblem;
import de.integrationskonzept.publishing.internal.InvalidInput;
import de.integrationskonzept.publishing.internal.SiteContentChanged;

/**
 * The site settings of the bound tenant. Anyone may read them (they are shown publicly); only
 * the tenant's administrators change them: logo, colour and the legally required pages speak
 * for the municipality as a whole, which is the tenant admin's remit, not an editor's.
 */
@Service
@Transactional
public class SiteSettingsService {

	static final TenantRole CHANGES = TenantRole.TENANT_ADMIN;

	private final SiteSettingsRepository repository;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SiteSettingsService(SiteSettingsRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
		this.clock = Clock.system(java.time.ZoneId.of("Europe/Berlin"));
	}

	@Transactional(readOnly = true)
	public SiteSettings current() {
		return repository.find().orElseGet(SiteSettings::defaults);
	}

	/** The settings for the administrators' form. */
	@Transactional(readOnly = true)
	public SiteSettings forAdministration() {
		AccessControl.requireTenantRole(CHANGES);
		return current();
	}

	@Transactional(readOnly = true)
	public Optional<Logo> logo() {
		return repository.logo();
	}

	/**
	 * Checks and saves the form as a whole.
	 * @throws InvalidInput with every problem, or a form-wide one when someone saved in between
	 */
	public SiteSettings update(SiteSettingsForm form) {
		AccessControl.requireTenantRole(CHANGES);
		var checked = SiteSettingsCheck.check(form, current(), LocalDate.now(clock));
		if (!repository.save(checked, AccessControl.actor().orElse(null))) {
			throw new InvalidInput(List.of(FieldProblem.of(null, "publishing.error.conflict")));
		}
		events.publishEvent(new SiteContentChanged(TenantContext.require()));
		return current();
	}
}
