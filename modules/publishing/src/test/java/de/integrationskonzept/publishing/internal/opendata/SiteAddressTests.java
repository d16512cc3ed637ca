package de.integrationskonzept.publishing.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** Absolute addresses follow the host and path form the visitor used. */
class SiteAddressTests {

	@Test
	void onThePlatformHostAddressesCarryTheSlug() {
		MockHttpServletRequest request = request("integrationskonzept.example", "/wiesbaden/open-data/catalog.ttl");

		SiteUrls urls = OpenDataPages.urls(request, Fixtures.wiesbaden());

		assertThat(urls.home()).isEqualTo("https://integrationskonzept.example/wiesbaden");
		assertThat(urls.openDataFile("ziele.csv")).isEqualTo("https://integrationskonzept.example/wiesbaden/open-data/ziele.csv");
	}

	@Test
	void onTheTenantsOwnHostAddressesLeaveTheSlugOut() {
		MockHttpServletRequest client = request("integration.wiesbaden.example", "/open-data/catalog.ttl");
		// what the tenant filter hands on: the same request, presented under /{slug}
		HttpServletRequest presented = new HttpServletRequestWrapper(client) {
			@Override
			public String getRequestURI() {
				return "/wiesbaden/open-data/catalog.ttl";
			}
		};

		SiteUrls urls = OpenDataPages.urls(presented, Fixtures.wiesbaden());

		assertThat(urls.home()).isEqualTo("https://integration.wiesbaden.example/");
		assertThat(urls.openData()).isEqualTo("https://integration.wiesbaden.example/open-data/");
		assertThat(urls.pdf()).isEqualTo("https://integration.wiesbaden.example/integrationskonzept.pdf");
	}

	@Test
	void aNonStandardPortIsKept() {
		MockHttpServletRequest request = request("localhost", "/wiesbaden/sitemap.xml");
		request.setScheme("http");
		request.setServerPort(8080);

		assertThat(OpenDataPages.urls(request, Fixtures.wiesbaden()).page("leitlinien"))
			.isEqualTo("http://localhost:8080/wiesbaden/leitlinien");
	}

	@Test
	void aPrefixMustBeASingleLeadingSegment() {
		assertThatThrownBy(() -> new SiteUrls("https://example.org", "wiesbaden/")).isInstanceOf(IllegalArgumentException.class);
	}

	private static MockHttpServletRequest request(String host, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setScheme("https");
		request.setServerName(host);
		request.setServerPort(443);
		return request;
	}
}
