package de.integrationskonzept.publishing.internal.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves public pages that anonymous visitors request from memory: the first request renders the
 * page from the published snapshot, later ones get the same bytes — with their security headers,
 * an ETag and Last-Modified for conditional requests — without rendering or touching the database
 * again. Everything of a tenant is dropped when its site changes ({@code SiteContentChanged},
 * after commit); a generation counter keeps a render that raced with that change out of the cache.
 * Pages opt in with {@link #markCacheable}; signed-in visitors (a session cookie) always get a
 * fresh page. Entries also expire after a while, so that another instance's change is seen.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class PublicPageCache extends OncePerRequestFilter {

	private static final String CACHEABLE = PublicPageCache.class.getName() + ".cacheable";
	private static final String LANGUAGE_COOKIE = "ik-lang";
	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "x-request-id", "content-length", "transfer-encoding", "cache-control", "etag", "last-modified", "vary");
	static final String CACHE_CONTROL = "public, max-age=60";

	/** {@code secure}: HTTPS answers carry HSTS, which must not be replayed over plain HTTP (and vice versa). */
	private record Key(TenantId tenant, boolean secure, String host, String uri, String language, String cookieLanguage) {
	}

	private record Page(byte[] body, String contentType, List<Map.Entry<String, String>> headers, String etag, long lastModified) {
	}

	private final Cache<Key, Page> pages;
	private final Map<TenantId, AtomicLong> generations = new ConcurrentHashMap<>();
	private final String sessionCookie;

	PublicPageCache(@Value("${ik.publishing.page-cache.max-bytes:67108864}") long maxBytes,
			@Value("${ik.publishing.page-cache.expire-after:PT10M}") Duration expireAfter,
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Page page) -> page.body().length + 512)
			.expireAfterWrite(expireAfter)
			.build();
		this.sessionCookie = sessionCookie;
	}

	/** Lets the cache keep this response (a public page that looks the same for every anonymous visitor). */
	public static void markCacheable(HttpServletRequest request, HttpServletResponse response) {
		request.setAttribute(CACHEABLE, Boolean.TRUE);
		// Set before rendering, so that Spring Security does not add its no-store headers.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
	}

	/** Drops every page of the tenant (called after the change committed, see {@link PageCacheInvalidation}). */
	void invalidate(TenantId tenant) {
		generation(tenant).incrementAndGet();
		pages.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
	}

	void invalidateAll() {
		generations.values().forEach(AtomicLong::incrementAndGet);
		pages.invalidateAll();
	}

	/** The number of pages held (for tests and metrics). */
	public long size() {
		pages.cleanUp();
		return pages.estimatedSize();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = keyOf(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page cached = pages.getIfPresent(key);
		if (cached != null) {
			send(cached, request, response);
			return;
		}
		long generation = generation(key.tenant()).get();
		var capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		if (Boolean.TRUE.equals(request.getAttribute(CACHEABLE)) && capture.getStatus() == 200
				&& !capture.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null) {
			Page page = pageOf(capture);
			if (generation(key.tenant()).get() == generation) {
				pages.put(key, page);
			}
			validators(page, capture);
		}
		capture.copyBodyToResponse();
	}

	/** Anonymous GET/HEAD of a tenant's page with no parameters but the language; otherwise null. */
	private Key keyOf(HttpServletRequest request) {
		String method = request.getMethod();
		if (!("GET".equals(method) || "HEAD".equals(method)) || TenantContext.current().isEmpty()
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getUserPrincipal() != null) {
			return null;
		}
		var parameters = request.getParameterMap();
		if (parameters.size() > 1 || (parameters.size() == 1 && !parameters.containsKey("lang"))) {
			return null;
		}
		String cookieLanguage = null;
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (cookie.getName().equals(sessionCookie)) {
					return null;
				}
				if (cookie.getName().equals(LANGUAGE_COOKIE)) {
					cookieLanguage = cookie.getValue();
				}
			}
		}
		return new Key(TenantContext.current().get(), request.isSecure(), request.getServerName(), request.getRequestURI(), request.getParameter("lang"),
				cookieLanguage);
	}

	private static Page pageOf(ContentCachingResponseWrapper capture) {
		byte[] body = capture.getContentAsByteArray();
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : capture.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				capture.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
		}
		long lastModified = Instant.now().toEpochMilli() / 1000 * 1000;
		return new Page(body, capture.getContentType(), List.copyOf(headers), etagOf(body), lastModified);
	}

	private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (Map.Entry<String, String> header : page.headers()) {
			response.setHeader(header.getKey(), header.getValue());
		}
		validators(page, response);
		if (notModified(page, request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
	}

	private static void validators(Page page, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, "Cookie");
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
	}

	private static boolean notModified(Page page, HttpServletRequest request) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			return ifNoneMatch.equals("*") || List.of(ifNoneMatch.split("\\s*,\\s*")).contains(page.etag());
		}
		long ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		return ifModifiedSince >= 0 && page.lastModified() <= ifModifiedSince;
	}

	private static String etagOf(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private AtomicLong generation(TenantId tenant) {
		return generations.computeIfAbsent(tenant, any -> new AtomicLong());
	}
}
