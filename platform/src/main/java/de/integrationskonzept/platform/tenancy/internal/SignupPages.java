package de.integrationskonzept.platform.tenancy.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.platform.tenancy.Bundesland;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantKind;
import de.integrationskonzept.platform.tenancy.internal.SignupCheck.Problem;
import de.integrationskonzept.platform.security.MailRequestLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public sign-up form for municipalities, {@code /registrierung}, and its confirmation.
 */
@Controller
@RequestMapping("/registrierung")
class SignupPages {

	private final TenantSignups signups;

	SignupPages(TenantSignups signups) {
		this.signups = signups;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", TenantKind.values());
		model.addAttribute("laender", Arrays.stream(Bundesland.values()).sorted(Comparator.comparing(Bundesland::label)).toList());
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("signup", new SignupForm());
		return "tenancy/signup";
	}

	@PostMapping
	String submit(@ModelAttribute("signup") SignupForm form, BindingResult errors, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (form.getSlug() == null || form.getSlug().isBlank()) {
			form.setSlug(Slugs.suggest(form.getShortName()));
		}
		try {
			Tenant tenant = signups.request(form, request.getRemoteAddr());
			redirect.addFlashAttribute("requestedName", tenant.name());
			redirect.addFlashAttribute("contactEmail", form.getContactEmail().strip().toLowerCase(Locale.ROOT));
			return "redirect:/registrierung/eingegangen";
		}
		catch (TenantSignups.InvalidSignupException e) {
			for (Problem problem : e.problems()) {
				if (problem.field() == null) {
					errors.reject(problem.key(), problem.arguments().toArray(), null);
				}
				else {
					errors.rejectValue(problem.field(), problem.key(), problem.arguments().toArray(), null);
				}
			}
		}
		catch (MailRequestLimits.TooManyMailRequests e) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
			model.addAttribute("retryMinutes", e.retryAfterMinutes());
			return "tenancy/signup";
		}
		catch (DuplicateKeyException e) {
			// Someone took slug or AGS between the check and the insert.
			errors.reject("signup.error.taken");
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "tenancy/signup";
	}

	@GetMapping("/eingegangen")
	String received() {
		return "tenancy/signup-received";
	}
}
