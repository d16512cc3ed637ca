package de.integrationskonzept.platform.security.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.integrationskonzept.platform.security.MailRequestLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Passwort vergessen": asking for a reset link, and setting a new password with it.
 */
@Controller
class PasswordResetPages {

	private final PasswordResets resets;
	private final MailRequestLimits mailRequests;

	PasswordResetPages(PasswordResets resets, MailRequestLimits mailRequests) {
		this.resets = resets;
		this.mailRequests = mailRequests;
	}

	@GetMapping(PasswordResets.FORGOTTEN_PAGE)
	String forgotten(Model model) {
		model.addAttribute("errors", Map.of());
		return "security/password-forgotten";
	}

	@PostMapping(PasswordResets.FORGOTTEN_PAGE)
	String requestLink(@RequestParam(defaultValue = "") String email, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		if (email.isBlank()) {
			model.addAttribute("errors", Map.of("email", "passwordForgotten.emailMissing"));
			return "security/password-forgotten";
		}
		try {
			mailRequests.count(email, request.getRemoteAddr());
		}
		catch (MailRequestLimits.TooManyMailRequests e) {
			return tooManyRequests(e, model, response);
		}
		resets.request(email, locale);
		return "redirect:" + PasswordResets.FORGOTTEN_PAGE + "?gesendet";
	}

	@GetMapping(PasswordResets.NEW_PASSWORD_PAGE)
	String newPasswordForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
		keepTokenOutOfReferrers(response);
		if (resets.holderOf(token).isEmpty()) {
			return invalidLink(response);
		}
		model.addAttribute("token", token);
		model.addAttribute("errors", Map.of());
		return "security/password-new";
	}

	@PostMapping(PasswordResets.NEW_PASSWORD_PAGE)
	String setNewPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordRepeat, Locale locale, Model model, HttpServletResponse response) {
		keepTokenOutOfReferrers(response);
		if (resets.holderOf(token).isEmpty()) {
			return invalidLink(response);
		}
		model.addAttribute("token", token);
		if (!password.equals(passwordRepeat)) {
			model.addAttribute("errors", Map.of("passwordRepeat", "password.mismatch"));
			return "security/password-new";
		}
		return switch (resets.reset(token, password, locale)) {
			case PasswordResets.Outcome.Changed changed -> "redirect:" + SecurityConfiguration.SIGN_IN_PAGE + "?passwortGeaendert";
			case PasswordResets.Outcome.Refused refused -> {
				model.addAttribute("errors", Map.of("password", refused.messageKey()));
				yield "security/password-new";
			}
			case PasswordResets.Outcome.InvalidLink invalid -> invalidLink(response);
		};
	}

	/** Counted whether or not an account has the address, so this answer reveals no account either. */
	private static String tooManyRequests(MailRequestLimits.TooManyMailRequests refused, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
		model.addAttribute("errors", Map.of());
		model.addAttribute("retryMinutes", refused.retryAfterMinutes());
		return "security/password-forgotten";
	}

	private static String invalidLink(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "security/password-link-invalid";
	}

	/** The token is in the page's address: it must not travel on to any other site. */
	static void keepTokenOutOfReferrers(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}
}
