package de.integrationskonzept.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment examples in {@code infra/deploy} fit the application they deploy: the Kubernetes manifests
 * keep two replicas available, give every container requests and limits and probe paths this very
 * application answers with 200 on the port they name; every environment variable the examples set is one
 * the application reads; the proxies accept the uploads the application accepts and pass the forwarded
 * headers it needs. Syntax is checked by {@code infra/deploy/check.sh} (nginx -t, systemd-analyze, kubectl).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class DeploymentManifestTests {

	private static final Path REPOSITORY = Path.of(System.getProperty("basedir", ".")).resolve("../..").normalize();
	private static final Path DEPLOY = REPOSITORY.resolve("infra/deploy");
	/** Spring Boot's environment variable form of a property: upper case words joined by underscores. */
	private static final Pattern VARIABLE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

	static List<Map<String, Object>> kubernetes;

	@LocalServerPort int serverPort;
	@LocalManagementPort int managementPort;
	@Autowired Environment environment;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void readManifests() throws IOException {
		kubernetes = new ArrayList<>();
		try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
				for (Object document : new Yaml().loadAll(Files.readString(file))) {
					kubernetes.add(map(document));
				}
			}
		}
	}

	@Test
	void deploymentKeepsTwoReplicasAvailableThroughRollingUpdatesAndDisruptions() {
		Map<String, Object> deployment = object("Deployment");
		Map<String, Object> spec = map(deployment.get("spec"));
		assertThat((Integer) spec.get("replicas")).as("replicas").isGreaterThanOrEqualTo(2);
		Map<String, Object> strategy = map(spec.get("strategy"));
		assertThat(strategy.get("type")).isEqualTo("RollingUpdate");
		assertThat(map(strategy.get("rollingUpdate")).get("maxUnavailable")).isEqualTo(0);

		Map<String, Object> podLabels = map(map(map(spec.get("template")).get("metadata")).get("labels"));
		assertThat(map(map(spec.get("selector")).get("matchLabels"))).isEqualTo(podLabels);
		Map<String, Object> budget = map(object("PodDisruptionBudget").get("spec"));
		assertThat(budget.get("minAvailable")).isEqualTo(1);
		Map<String, Object> budgetSelector = map(map(budget.get("selector")).get("matchLabels"));
		assertThat(budgetSelector).as("the PodDisruptionBudget selects the Deployment's pods").isNotEmpty();
		assertThat(podLabels).containsAllEntriesOf(budgetSelector);
		assertThat(podLabels).containsAllEntriesOf(map(map(object("Service").get("spec")).get("selector")));
	}

	@Test
	void everyContainerHasCpuAndMemoryRequestsAndLimitsAndRunsLockedDown() {
		Map<String, Object> pod = podSpec();
		assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true);
		for (Map<String, Object> container : containers()) {
			Map<String, Object> resources = map(container.get("resources"));
			assertThat(map(resources.get("requests"))).as("requests of %s", container.get("name")).containsKeys("cpu", "memory");
			assertThat(map(resources.get("limits"))).as("limits of %s", container.get("name")).containsKeys("cpu", "memory");
			assertThat(map(container.get("securityContext"))).containsEntry("readOnlyRootFilesystem", true)
				.containsEntry("allowPrivilegeEscalation", false);
			assertThat(list(container.get("volumeMounts"))).as("a writable /tmp (Tomcat, uploads)")
				.anySatisfy(mount -> assertThat(map(mount).get("mountPath")).isEqualTo("/tmp"));
		}
	}

	@Test
	void probesAskPathsTheRunningApplicationAnswersWith200OnTheManagementPort() throws Exception {
		Map<String, Object> settings = configMap();
		for (Map<String, Object> container : containers()) {
			for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
				Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
				int port = containerPort(container, httpGet.get("port"));
				assertThat(String.valueOf(port)).as("%s port is the management port the ConfigMap sets", probe)
					.isEqualTo(settings.get("MANAGEMENT_SERVER_PORT"));
				HttpResponse<String> response = get(managementPort, (String) httpGet.get("path"));
				assertThat(response.statusCode()).as("%s %s", probe, httpGet.get("path")).isEqualTo(200);
				assertThat(response.body()).contains("\"status\":\"UP\"");
			}
		}
		assertThat(environment.getRequiredProperty("management.endpoint.health.group.readiness.include"))
			.as("readiness includes the database").contains("db");
	}

	@Test
	void serviceAndIngressReachTheApplicationPortButNotTheManagementPort() {
		Map<String, Object> container = containers().getFirst();
		List<Object> servicePorts = list(map(object("Service").get("spec")).get("ports"));
		assertThat(servicePorts).hasSize(1);
		Map<String, Object> servicePort = map(servicePorts.getFirst());
		assertThat(String.valueOf(containerPort(container, servicePort.get("targetPort"))))
			.isEqualTo(configMap().get("SERVER_PORT"));
		Map<String, Object> ingress = map(object("Ingress").get("spec"));
		for (Object rule : list(ingress.get("rules"))) {
			for (Object path : list(map(map(rule).get("http")).get("paths"))) {
				Map<String, Object> backend = map(map(map(path).get("backend")).get("service"));
				assertThat(backend.get("name")).isEqualTo(map(object("Service").get("metadata")).get("name"));
				assertThat(map(backend.get("port")).get("name")).isEqualTo(servicePort.get("name"));
			}
		}
	}

	@Test
	void everyEnvironmentVariableTheExamplesSetIsOneTheApplicationReads() throws IOException {
		Set<String> documented = productionConfigurationVariables();
		documented.addAll(applicationYamlPlaceholders());
		Set<String> used = new TreeSet<>(configMap().keySet());
		Map<String, Object> secret = object("Secret");
		used.addAll(map(secret.get("stringData")).keySet());
		Set<String> systemd = systemdEnvironment();
		used.addAll(systemd);
		assertThat(used).as("variables in infra/deploy that neither README's production table nor application.yaml names")
			.isSubsetOf(documented)
			.contains("SPRING_PROFILES_ACTIVE", "IK_SECRET_KEY", "SPRING_DATASOURCE_URL", "SPRING_LIQUIBASE_URL");
		assertThat(systemd).contains("SPRING_PROFILES_ACTIVE", "IK_SECRET_KEY", "SPRING_DATASOURCE_PASSWORD");
		assertThat(configMap()).containsEntry("SPRING_PROFILES_ACTIVE", "prod");

		List<Map<String, Object>> sources = list(containers().getFirst().get("envFrom")).stream().map(DeploymentManifestTests::map).toList();
		assertThat(sources).as("the container reads the ConfigMap and the Secret")
			.anySatisfy(source -> assertThat(map(source.get("configMapRef")).get("name")).isEqualTo(name("ConfigMap")))
			.anySatisfy(source -> assertThat(map(source.get("secretRef")).get("name")).isEqualTo(name("Secret")));
	}

	@Test
	void proxiesAcceptTheLargestRequestTheApplicationAccepts() throws IOException {
		long applicationLimit = DataSize.parse(environment.getRequiredProperty("spring.servlet.multipart.max-request-size")).toBytes();
		String nginx = Files.readString(DEPLOY.resolve("nginx/integrationskonzept-site.conf"));
		Matcher clientMaxBodySize = Pattern.compile("(?m)^client_max_body_size (\\S+);").matcher(nginx);
		assertThat(clientMaxBodySize.find()).as("client_max_body_size in the nginx example").isTrue();
		assertThat(nginxBytes(clientMaxBodySize.group(1))).isEqualTo(applicationLimit);
		String ingressLimit = (String) map(map(object("Ingress").get("metadata")).get("annotations"))
			.get("nginx.ingress.kubernetes.io/proxy-body-size");
		assertThat(nginxBytes(ingressLimit)).isEqualTo(applicationLimit);
	}

	@Test
	void forwardedHeadersAsTheProxySetsThemGiveTheClientsSchemeAndHost() throws Exception {
		String nginx = Files.readString(DEPLOY.resolve("nginx/integrationskonzept-site.conf"));
		assertThat(nginx).contains("proxy_set_header Host $host;", "proxy_set_header X-Forwarded-Proto $scheme;",
				"proxy_set_header X-Forwarded-Host $host;", "proxy_set_header X-Forwarded-Port $server_port;",
				"proxy_set_header Forwarded \"\";");
		String platformHost = environment.getRequiredProperty("ik.tenancy.base-domain");
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + "/konto"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", platformHost)
			.header("X-Forwarded-Port", "443")
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("https://" + platformHost + "/anmelden");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The variables named in README.md's "Production configuration" section. */
	private static Set<String> productionConfigurationVariables() throws IOException {
		String readme = Files.readString(REPOSITORY.resolve("README.md"));
		int start = readme.indexOf("\n## Production configuration");
		assertThat(start).as("README section Production configuration").isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		return variables(readme.substring(start, end < 0 ? readme.length() : end));
	}

	/** The variables application*.yaml reads through ${NAME…} placeholders. */
	private static Set<String> applicationYamlPlaceholders() throws IOException {
		Set<String> names = new TreeSet<>();
		for (Resource yaml : new PathMatchingResourcePatternResolver().getResources("classpath*:application*.yaml")) {
			try (InputStream in = yaml.getInputStream()) {
				Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				while (placeholder.find()) {
					names.add(placeholder.group(1));
				}
			}
		}
		return names;
	}

	private static Set<String> systemdEnvironment() throws IOException {
		Set<String> names = new TreeSet<>();
		for (String line : Files.readAllLines(DEPLOY.resolve("systemd/integrationskonzept.env.example"))) {
			if (!line.isBlank() && !line.startsWith("#")) {
				names.add(line.substring(0, line.indexOf('=')).strip());
			}
		}
		return names;
	}

	private static Set<String> variables(String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = VARIABLE.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group());
		}
		return names;
	}

	private static long nginxBytes(String size) {
		long factor = switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
			case 'k' -> 1024L;
			case 'm' -> 1024L * 1024;
			case 'g' -> 1024L * 1024 * 1024;
			default -> 1L;
		};
		String number = factor == 1 ? size : size.substring(0, size.length() - 1);
		return Long.parseLong(number) * factor;
	}

	private static int containerPort(Map<String, Object> container, Object port) {
		if (port instanceof Integer number) {
			return number;
		}
		return list(container.get("ports")).stream().map(DeploymentManifestTests::map)
			.filter(candidate -> port.equals(candidate.get("name")))
			.map(candidate -> (Integer) candidate.get("containerPort"))
			.findFirst().orElseThrow(() -> new AssertionError("no container port named " + port));
	}

	private static Map<String, Object> configMap() {
		return map(object("ConfigMap").get("data"));
	}

	private static Map<String, Object> podSpec() {
		return map(map(map(object("Deployment").get("spec")).get("template")).get("spec"));
	}

	private static List<Map<String, Object>> containers() {
		return list(podSpec().get("containers")).stream().map(DeploymentManifestTests::map).toList();
	}

	private static Object name(String kind) {
		return map(object(kind).get("metadata")).get("name");
	}

	private static Map<String, Object> object(String kind) {
		List<Map<String, Object>> objects = kubernetes.stream().filter(document -> kind.equals(document.get("kind"))).toList();
		assertThat(objects).as("exactly one %s in infra/deploy/kubernetes", kind).hasSize(1);
		return objects.getFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return (List<Object>) value;
	}
}
