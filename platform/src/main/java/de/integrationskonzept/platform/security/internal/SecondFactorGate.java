package de.integrationskonzept.platform.security.internal;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stands between a correct password and a signed-in session: who needs a second factor is not
 * signed in yet — the password's authentication waits in the session (not in the security
 * context, so nothing treats it as signed in) until the TOTP or a recovery code is given.
 */
@Component
class SecondFactorGate implements AuthenticationSuccessHandler {

	static final String PAGE = "/anmelden/zweiter-faktor";
	private static final String PENDING = SecondFactorGate.class.getName() + ".pending";

	private final UserAccounts accounts;
	private final SecondFactors secondFactors;
	private final AuthenticationSuccessHandler proceed = new SavedRequestAwareAuthenticationSuccessHandler();
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SecondFactorGate(UserAccounts accounts, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, jakarta.servlet.ServletException {
		Account account = accounts.findByEmail(authentication.getName()).orElseThrow();
		if (!secondFactors.required(account)) {
			proceed.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		holder.clearContext();
		contexts.saveContext(holder.createEmptyContext(), request, response);
		request.getSession().setAttribute(PENDING, authentication);
		response.sendRedirect(request.getContextPath() + PAGE);
	}

	/** The authentication waiting for its second factor, if any. */
	static Authentication pending(HttpServletRequest request) {
		var session = request.getSession(false);
		return session == null ? null : (Authentication) session.getAttribute(PENDING);
	}

	/** Completes the sign-in after the second factor and continues where the person wanted to go. */
	void complete(HttpServletRequest request, HttpServletResponse response) throws IOException, jakarta.servlet.ServletException {
		Authentication authentication = pending(request);
		request.getSession().removeAttribute(PENDING);
		// A new session id now that the person is fully signed in (session fixation).
		request.changeSessionId();
		var context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		proceed.onAuthenticationSuccess(request, response, authentication);
	}
}
