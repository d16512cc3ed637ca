package de.integrationskonzept.platform.tenancy.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.web.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Finds the tenant of every request — by host name (custom domain or {@code slug.<base-domain>})
 * or by path ({@code /{slug}/…}, the tenant's API {@code /api/{slug}/…}, its registry entry
 * {@code /api/tenants/{slug}}) — and sets it for the request.
 * An unknown or suspended tenant ends the request with 404; it never falls through to another
 * tenant. On a tenant's own host the path is served as if it were {@code /{slug}/…}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class TenantResolutionFilter extends OncePerRequestFilter {

	static final String MDC_KEY = "tenant";
	private static final String API = "/api/";
	private static final String API_TENANTS = "/api/tenants/";
	/** Files crawlers look for at a host's root: on a tenant's own host they are the tenant's. */
	private static final java.util.Set<String> SITE_ROOT_FILES = java.util.Set.of("/robots.txt", "/sitemap.xml");

	private final TenantLookupCache lookups;
	private final String baseDomain;

	TenantResolutionFilter(TenantLookupCache lookups, @Value("${ik.tenancy.base-domain}") String baseDomain) {
		this.lookups = lookups;
		this.baseDomain = baseDomain.toLowerCase(Locale.ROOT);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);

		Optional<Tenant> tenant;
		HttpServletRequest effective = request;
		if (isTenantHost(host)) {
			tenant = byHost(host);
			if (tenant.isPresent() && (!isPlatformPath(path) || SITE_ROOT_FILES.contains(path)) && !startsWithSegment(path, tenant.get().slug())) {
				effective = new TenantHostRequest(request, "/" + tenant.get().slug() + ("/".equals(path) ? "" : path));
			}
		}
		else {
			String slug = slugInPath(path);
			if (slug == null) {
				chain.doFilter(request, response);
				return;
			}
			tenant = lookups.findActiveBySlug(slug);
		}
		if (tenant.isEmpty()) {
			// Answered before Spring Security's filter chains, so their headers must be written here.
			SecurityHeaders.writeTo(response, request.isSecure());
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		TenantContext.set(tenant.get().id());
		MDC.put(MDC_KEY, tenant.get().slug());
		try {
			chain.doFilter(effective, response);
		}
		finally {
			TenantContext.clear();
			MDC.remove(MDC_KEY);
		}
	}

	private boolean isTenantHost(String host) {
		return !host.isEmpty() && !host.equals(baseDomain) && !host.equals("localhost") && !host.matches("[0-9.]+|\\[.*]");
	}

	private Optional<Tenant> byHost(String host) {
		String suffix = "." + baseDomain;
		if (host.endsWith(suffix)) {
			String slug = host.substring(0, host.length() - suffix.length());
			return slug.contains(".") ? Optional.empty() : lookups.findActiveBySlug(slug);
		}
		return lookups.findActiveByHostName(host);
	}

	/** The tenant slug a path names, or {@code null} for platform paths. */
	private static String slugInPath(String path) {
		if (path.startsWith(API_TENANTS)) {
			return firstSegment(path.substring(API_TENANTS.length() - 1));
		}
		if (path.startsWith(API)) {
			String rest = path.substring(API.length() - 1);
			String slug = firstSegment(rest);
			return slug.isEmpty() || isPlatformSegment(rest, slug) ? null : slug;
		}
		String first = firstSegment(path);
		return first.isEmpty() || isPlatformSegment(path, first) ? null : first;
	}

	/**
	 * Reserved words, dot-directories ({@code /.well-known/…}) and files at the root ({@code /favicon.ico}) belong
	 * to the platform. Any other first segment is a slug to look up, even one with a dot that no tenant can have:
	 * {@code /x.y/verwaltung/…} must end in 404 here, not reach a tenant's pages without a tenant (found by sqlmap).
	 */
	private static boolean isPlatformSegment(String path, String segment) {
		boolean fileAtRoot = segment.contains(".") && path.indexOf('/', 1) < 0;
		return Tenant.RESERVED_SLUGS.contains(segment) || segment.startsWith(".") || fileAtRoot;
	}

	private static boolean isPlatformPath(String path) {
		return isReserved(firstSegment(path));
	}

	private static boolean isReserved(String segment) {
		return Tenant.RESERVED_SLUGS.contains(segment) || segment.contains(".");
	}

	private static String firstSegment(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		int slash = trimmed.indexOf('/');
		return slash < 0 ? trimmed : trimmed.substring(0, slash);
	}

	private static boolean startsWithSegment(String path, String segment) {
		return firstSegment(path).equals(segment);
	}

	/** Presents a request on a tenant's own host under the tenant's path. */
	private static final class TenantHostRequest extends HttpServletRequestWrapper {

		private final String path;

		TenantHostRequest(HttpServletRequest request, String path) {
			super(request);
			this.path = path;
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + path;
		}

		@Override
		public String getServletPath() {
			return path;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer();
			url.append(getScheme()).append("://").append(getServerName());
			int port = getServerPort();
			if (port > 0 && !(port == 80 && "http".equals(getScheme())) && !(port == 443 && "https".equals(getScheme()))) {
				url.append(':').append(port);
			}
			return url.append(getRequestURI());
		}
	}
}
