package de.integrationskonzept.platform.security.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;
import de.integrationskonzept.platform.security.MailRequestLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A citizen's registration with a municipality ({@code /{tenantSlug}/registrieren}) and the
 * confirmation of the e-mail address. The confirmation link opens a page with a button rather
 * than confirming on its own, because mail filters open links in mails by themselves.
 */
@Controller
class RegistrationPages {

	private static final String FORM = "security/registration";

	private final CitizenRegistrations registrations;
	private final PasswordPolicy policy;
	private final Tenants tenants;

	RegistrationPages(CitizenRegistrations registrations, PasswordPolicy policy, Tenants tenants) {
		this.registrations = registrations;
		this.policy = policy;
		this.tenants = tenants;
	}

	@GetMapping("/{tenantSlug}/registrieren")
	String form(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("tenant", resolvedTenant(tenantSlug));
		model.addAttribute("form", RegistrationForm.empty());
		model.addAttribute("errors", Map.of());
		return FORM;
	}

	@PostMapping("/{tenantSlug}/registrieren")
	String register(@PathVariable String tenantSlug, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "false") boolean consent, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Tenant tenant = resolvedTenant(tenantSlug);
		var form = new RegistrationForm(displayName, email, password, consent);
		Map<String, String> problems = form.problems(policy);
		if (!problems.isEmpty()) {
			model.addAttribute("tenant", tenant);
			model.addAttribute("form", form);
			model.addAttribute("errors", problems);
			return FORM;
		}
		try {
			registrations.register(tenant, form, locale, request.getRemoteAddr());
		}
		catch (MailRequestLimits.TooManyMailRequests e) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
			model.addAttribute("tenant", tenant);
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
			model.addAttribute("retryMinutes", e.retryAfterMinutes());
			return FORM;
		}
		return "redirect:/" + tenant.slug() + "/registrieren/gesendet";
	}

	@GetMapping("/{tenantSlug}/registrieren/gesendet")
	String sent(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("tenant", resolvedTenant(tenantSlug));
		return "security/registration-sent";
	}

	@GetMapping(CitizenRegistrations.CONFIRMATION_PAGE)
	String confirmation(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		PasswordResetPages.keepTokenOutOfReferrers(response);
		return registrations.pendingConfirmation(token).map(tenant -> {
			model.addAttribute("tenant", tenant);
			model.addAttribute("token", token);
			return "security/registration-confirm";
		}).orElseGet(() -> invalidLink(response));
	}

	@PostMapping(CitizenRegistrations.CONFIRMATION_PAGE)
	String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		PasswordResetPages.keepTokenOutOfReferrers(response);
		return registrations.confirm(token).map(tenant -> {
			model.addAttribute("tenant", tenant);
			return "security/registration-confirmed";
		}).orElseGet(() -> invalidLink(response));
	}

	/** The resolution filter has bound the tenant the path names; platform paths bind none. */
	private Tenant resolvedTenant(String tenantSlug) {
		if (TenantContext.current().isEmpty()) {
			throw new UnknownTenantException(tenantSlug);
		}
		return tenants.current();
	}

	private static String invalidLink(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "security/registration-link-invalid";
	}
}
