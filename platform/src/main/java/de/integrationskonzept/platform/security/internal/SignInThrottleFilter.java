package de.integrationskonzept.platform.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import de.integrationskonzept.platform.security.SecurityAudit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a password sign-in or an OAuth2 client authentication while its name, client or address is
 * throttled, before any password is checked (so not even the right password gets through). The sign-in
 * form is sent back with a message; the token endpoint answers 429 with {@code Retry-After}.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	static final String TOKEN_ENDPOINT = "/oauth2/token";

	private final SignInThrottle throttle;
	private final SecurityAudit audit;

	SignInThrottleFilter(SignInThrottle throttle, SecurityAudit audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !HttpMethod.POST.matches(request.getMethod())
				|| !(path.equals(SecurityConfiguration.SIGN_IN_PAGE) || path.equals(TOKEN_ENDPOINT));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		boolean tokenEndpoint = request.getRequestURI().endsWith(TOKEN_ENDPOINT);
		String name = tokenEndpoint ? clientId(request) : request.getParameter("email");
		Optional<Duration> wait = tokenEndpoint ? throttle.clientBlocked(name, address) : throttle.signInBlocked(name, address);
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, wait.get().toSeconds() + 1);
		audit.record(null, name == null ? "anonymous" : name, "SIGN_IN_THROTTLED", "retry after " + seconds + " s");
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		if (tokenEndpoint) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("""
					{"type":"about:blank","title":"Too Many Requests","status":429,\
					"detail":"Too many failed client authentications. Retry after %d seconds."}""".formatted(seconds));
			return;
		}
		response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN_PAGE + "?zuViele&minuten=" + (seconds + 59) / 60);
	}

	/** The client id of client_secret_basic (HTTP Basic) or client_secret_post (form parameter). */
	private static String clientId(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return java.net.URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}
		return request.getParameter("client_id");
	}
}
