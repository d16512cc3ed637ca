package de.integrationskonzept.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * On Kubernetes the ConfigMap sets {@code SERVER_FORWARD_HEADERS_STRATEGY=native} (infra/deploy/kubernetes): Tomcat
 * then takes scheme and host from the ingress controller's {@code X-Forwarded-*} (it connects from a private
 * address), and ignores a client's {@code Forwarded} header, which ingress-nginx passes on unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
class NativeForwardedHeadersTests {

	private static final Path CONFIG_MAP = Path.of(System.getProperty("basedir", ".")).resolve("../../infra/deploy/kubernetes/configmap.yaml")
		.normalize();

	@LocalServerPort int port;
	@Autowired Environment environment;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theKubernetesConfigMapChoosesTheNativeStrategy() throws Exception {
		assertThat(Files.readString(CONFIG_MAP)).containsPattern("(?m)^  SERVER_FORWARD_HEADERS_STRATEGY: native$");
	}

	@Test
	void schemeAndHostComeFromTheProxysForwardedHeaders() throws Exception {
		String platformHost = environment.getRequiredProperty("ik.tenancy.base-domain");
		HttpResponse<String> response = signInRedirect(HttpRequest.newBuilder(account())
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", platformHost)
			.header("X-Forwarded-Port", "443")
			.build());
		assertThat(response.headers().firstValue("Location")).hasValue("https://" + platformHost + "/anmelden");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void aClientsForwardedHeaderIsIgnored() throws Exception {
		HttpResponse<String> response = signInRedirect(HttpRequest.newBuilder(account())
			.header("Forwarded", "proto=https;host=evil.example")
			.build());
		assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/anmelden");
	}

	private URI account() {
		return URI.create("http://localhost:" + port + "/konto");
	}

	private HttpResponse<String> signInRedirect(HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		return response;
	}
}
