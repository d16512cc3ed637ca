package de.integrationskonzept.platform.security.internal;

import java.io.IOException;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.integrationskonzept.platform.security.SecurityAudit;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in form and the second-factor step (enrolment on first use, then TOTP or a
 * recovery code).
 */
@Controller
class SignInPages {

	private final UserAccounts accounts;
	private final SecondFactors secondFactors;
	private final SecondFactorGate gate;
	private final SecurityAudit audit;
	private final SignInAttempts attempts;

	SignInPages(UserAccounts accounts, SecondFactors secondFactors, SecondFactorGate gate, SecurityAudit audit, SignInAttempts attempts) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.gate = gate;
		this.audit = audit;
		this.attempts = attempts;
	}

	@GetMapping(SecurityConfiguration.SIGN_IN_PAGE)
	String signIn() {
		return "security/sign-in";
	}

	@GetMapping(SecondFactorGate.PAGE)
	String secondFactor(HttpServletRequest request, Model model) {
		Authentication pending = SecondFactorGate.pending(request);
		if (pending == null) {
			return "redirect:" + SecurityConfiguration.SIGN_IN_PAGE;
		}
		Account account = accounts.findByEmail(pending.getName()).orElseThrow();
		if (!account.totpEnabled()) {
			model.addAttribute("enrolment", secondFactors.enrolment(account));
		}
		return "security/second-factor";
	}

	@PostMapping(SecondFactorGate.PAGE)
	String verify(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String recoveryCode,
			HttpServletRequest request, HttpServletResponse response, Model model) throws IOException, ServletException {
		Authentication pending = SecondFactorGate.pending(request);
		if (pending == null) {
			return "redirect:" + SecurityConfiguration.SIGN_IN_PAGE;
		}
		Account account = accounts.findByEmail(pending.getName()).orElseThrow();
		if (account.isLockedAt(java.time.Instant.now())) {
			request.getSession().invalidate();
			return "redirect:" + SecurityConfiguration.SIGN_IN_PAGE + "?gesperrt";
		}
		String digits = code.replaceAll("\\s", "");
		if (!recoveryCode.isBlank() && account.totpEnabled() && secondFactors.redeemRecoveryCode(account.id(), recoveryCode)) {
			audit.record(null, account.email(), "SECOND_FACTOR_RECOVERY_CODE_USED", null);
			gate.complete(request, response);
			return null;
		}
		if (!digits.isEmpty() && secondFactors.verifyCode(account.id(), digits)) {
			if (!account.totpEnabled()) {
				List<String> recoveryCodes = secondFactors.confirmEnrolment(account.id());
				audit.record(null, account.email(), "SECOND_FACTOR_ENROLLED", null);
				model.addAttribute("recoveryCodes", recoveryCodes);
				return "security/recovery-codes";
			}
			audit.record(null, account.email(), "SECOND_FACTOR_SUCCEEDED", null);
			gate.complete(request, response);
			return null;
		}
		attempts.secondFactorFailed(account.email());
		return "redirect:" + SecondFactorGate.PAGE + "?fehler";
	}

	/** After the recovery codes were shown once, the enrolment completes the sign-in. */
	@PostMapping(SecondFactorGate.PAGE + "/weiter")
	void continueAfterRecoveryCodes(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Authentication pending = SecondFactorGate.pending(request);
		if (pending == null || !accounts.findByEmail(pending.getName()).map(Account::totpEnabled).orElse(false)) {
			response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE);
			return;
		}
		gate.complete(request, response);
	}
}
