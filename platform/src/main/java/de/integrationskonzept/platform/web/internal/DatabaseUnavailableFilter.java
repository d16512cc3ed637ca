package de.integrationskonzept.platform.web.internal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import de.integrationskonzept.platform.persistence.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns a database outage that escapes the controllers — from a page, from the session or
 * security filters, from tenant resolution — into 503 with {@code Retry-After} instead of 500.
 * The error controller then renders the problem detail (API) or the error page (browsers).
 * Runs outside Spring Session's filter, which itself reads and writes PostgreSQL.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/**
	 * Above the size of a rendered page (about 10–20 KiB; Tomcat's default is 8 KiB), so a page is
	 * not sent out half-rendered: Spring Session writes a new session when the response commits,
	 * and if that write fails the answer can still become a clean 503 instead of a cut connection.
	 */
	static final int RESPONSE_BUFFER_BYTES = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setBufferSize(RESPONSE_BUFFER_BYTES);
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!DatabaseUnavailable.causes(failure) || response.isCommitted()) {
				throw failure;
			}
			LOG.warn("Database unavailable, answering 503: {}", rootMessage(failure));
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}
}
