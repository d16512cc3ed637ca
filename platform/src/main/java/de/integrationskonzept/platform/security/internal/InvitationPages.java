package de.integrationskonzept.platform.security.internal;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import de.integrationskonzept.platform.security.internal.TenantInvitations.Invitation;
import de.integrationskonzept.platform.security.internal.TenantInvitations.InvalidInputException;
import de.integrationskonzept.platform.security.internal.TenantInvitations.Refusal;
import de.integrationskonzept.platform.security.internal.TenantInvitations.RefusedException;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page behind an invitation link, {@code /{tenantSlug}/einladung/{token}}. The tenant the
 * path names is bound, so a link only works under its own tenant. A new person chooses name and
 * password here; a person with an account signs in first and comes back to accept.
 */
@Controller
@RequestMapping("/{tenantSlug}/einladung/{token}")
class InvitationPages {

	static final String SIGN_IN_FOR_INVITATION = SecurityConfiguration.SIGN_IN_PAGE + "?einladung";
	static final String SIGN_IN_AFTER_ACCEPTING = SecurityConfiguration.SIGN_IN_PAGE + "?eingeladen";

	private final TenantInvitations invitations;
	private final UserAccounts accounts;
	private final Tenants tenants;
	private final PasswordPolicy passwordPolicy;
	private final SecondFactors secondFactors;
	private final AccountUserDetailsService users;
	private final RequestCache requestCache = new HttpSessionRequestCache();
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	InvitationPages(TenantInvitations invitations, UserAccounts accounts, Tenants tenants, PasswordPolicy passwordPolicy,
			SecondFactors secondFactors, AccountUserDetailsService users) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.tenants = tenants;
		this.passwordPolicy = passwordPolicy;
		this.secondFactors = secondFactors;
		this.users = users;
	}

	/** Form data for a new person. The password is never written back into the page. */
	static class AcceptForm {

		private String displayName = "";
		private String password = "";

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}
	}

	@ModelAttribute("tenant")
	Tenant tenant(@PathVariable String tenantSlug) {
		if (TenantContext.current().isEmpty()) {
			throw new UnknownTenantException(tenantSlug);
		}
		return tenants.current();
	}

	/** The page's forms post back to the link. */
	@ModelAttribute("token")
	String token(@PathVariable String token) {
		return token;
	}

	@GetMapping
	String show(@PathVariable String token, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Invitation invitation;
		try {
			invitation = invitations.usable(token);
		}
		catch (RefusedException e) {
			return refused(e.refusal(), model, response);
		}
		model.addAttribute("invitation", invitation);
		Optional<Account> account = accounts.findByEmail(invitation.email());
		if (account.filter(existing -> existing.status() == Account.Status.DISABLED).isPresent()) {
			return refused(Refusal.ACCOUNT_DISABLED, model, response);
		}
		if (account.filter(Account::canSignIn).isEmpty()) {
			var form = new AcceptForm();
			form.setDisplayName(account.map(Account::displayName).orElse(""));
			model.addAttribute("form", form);
			return "security/invitation";
		}
		if (!isSignedIn(authentication)) {
			// Spring Security's success handler brings the person back here after signing in.
			requestCache.saveRequest(request, response);
			return "redirect:" + SIGN_IN_FOR_INVITATION;
		}
		if (!authentication.getName().equals(invitation.email())) {
			return refused(Refusal.OTHER_ACCOUNT, model, response);
		}
		model.addAttribute("confirm", true);
		return "security/invitation";
	}

	@PostMapping
	String acceptWithPassword(@PathVariable String tenantSlug, @PathVariable String token, @ModelAttribute("form") AcceptForm form,
			BindingResult errors, HttpServletResponse response, Model model) {
		Invitation invitation;
		try {
			invitation = invitations.usable(token);
		}
		catch (RefusedException e) {
			return refused(e.refusal(), model, response);
		}
		String name = form.getDisplayName() == null ? "" : form.getDisplayName().strip();
		if (name.isEmpty() || name.length() > TenantInvitations.MAXIMUM_NAME_LENGTH) {
			errors.rejectValue("displayName", "invitation.error.displayName");
		}
		passwordPolicy.violation(form.getPassword(), invitation.email()).ifPresent(key -> errors.rejectValue("password", key));
		if (!errors.hasErrors()) {
			try {
				invitations.acceptWithPassword(token, name, form.getPassword());
				return "redirect:" + SIGN_IN_AFTER_ACCEPTING;
			}
			catch (InvalidInputException e) {
				errors.reject(e.messageKey());
			}
			catch (RefusedException e) {
				if (e.refusal() == Refusal.SIGN_IN_REQUIRED) {
					return "redirect:/" + tenantSlug + "/einladung/" + token;
				}
				return refused(e.refusal(), model, response);
			}
		}
		model.addAttribute("invitation", invitation);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "security/invitation";
	}

	@PostMapping("/annehmen")
	String acceptAsSignedIn(@PathVariable String tenantSlug, @PathVariable String token, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!isSignedIn(authentication)) {
			return "redirect:/" + tenantSlug + "/einladung/" + token;
		}
		try {
			invitations.acceptAsSignedIn(token, authentication.getName());
		}
		catch (RefusedException e) {
			return refused(e.refusal(), model, response);
		}
		Account account = accounts.findByEmail(authentication.getName()).orElseThrow();
		if (!account.totpEnabled() && secondFactors.required(account)) {
			// The new role needs a second factor this session was not signed in with.
			request.getSession().invalidate();
			SecurityContextHolder.clearContext();
			return "redirect:" + SIGN_IN_AFTER_ACCEPTING;
		}
		refreshSession(authentication, account, request, response);
		return "redirect:/konto?eingeladen";
	}

	/** The session carries the new role at once; a new session id, as at every change of privileges. */
	private void refreshSession(Authentication authentication, Account account, HttpServletRequest request, HttpServletResponse response) {
		var refreshed = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, users.authoritiesOf(account));
		refreshed.setDetails(authentication.getDetails());
		request.changeSessionId();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(refreshed);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static String refused(Refusal refusal, Model model, HttpServletResponse response) {
		HttpStatus status = switch (refusal) {
			case UNKNOWN -> HttpStatus.NOT_FOUND;
			case EXPIRED, USED -> HttpStatus.GONE;
			case ACCOUNT_DISABLED, OTHER_ACCOUNT, SIGN_IN_REQUIRED -> HttpStatus.FORBIDDEN;
		};
		response.setStatus(status.value());
		model.addAttribute("refusal", refusal.name());
		return "security/invitation-refused";
	}
}
