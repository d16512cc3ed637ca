package de.integrationskonzept.platform.security.internal;

import java.io.IOException;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a failed sign-in back to the form. Wrong e-mail and wrong password get the same answer;
 * a locked account is told to wait.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String reason = exception instanceof LockedException ? "gesperrt" : "fehler";
		response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE + "?" + reason);
	}
}
