package de.integrationskonzept.platform.web.internal;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses query and form parameters that contain a NUL character (U+0000) with 400: PostgreSQL cannot store or
 * compare it in text, so such input ended in a server error (wapiti: {@code /{tenant}/suche?q=%2Fe%00}), and no
 * page or client of the platform sends one. Multipart requests are left to their handlers: reading their
 * parameters here would parse uploads before the size limits apply.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if ((contentType == null || !contentType.startsWith("multipart/")) && hasNul(request)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasNul(HttpServletRequest request) {
		return request.getParameterMap().entrySet().stream()
			.anyMatch(parameter -> parameter.getKey().indexOf('\0') >= 0
					|| java.util.Arrays.stream(parameter.getValue()).anyMatch(value -> value != null && value.indexOf('\0') >= 0));
	}
}
