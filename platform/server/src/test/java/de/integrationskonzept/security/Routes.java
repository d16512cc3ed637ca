package de.integrationskonzept.security;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's route list, read from Spring MVC's handler mapping (as {@code CrossTenantRouteTests} does), so that
 * every route a module adds later is covered by the security checks without anyone listing it.
 */
record Routes(List<Route> all) {

	static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	/** One method on one path pattern, with the handler that serves it. */
	record Route(HttpMethod method, String pattern, HandlerMethod handler) {

		boolean api() {
			return pattern.startsWith("/api/");
		}

		boolean changesState() {
			return !Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS).contains(method);
		}

		/** Staff pages (a tenant's administration, the platform administration, one's own account). */
		boolean staff() {
			return pattern.matches("/\\{[^}]+}/verwaltung(/.*)?") || pattern.startsWith("/admin") || pattern.startsWith("/konto");
		}

		boolean tenantScoped() {
			return pattern.startsWith("/{tenantSlug}") || pattern.startsWith("/api/{tenantSlug}");
		}

		List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher matcher = VARIABLE.matcher(pattern);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
			return names;
		}

		/** The path with each variable replaced by what {@code value} gives for its name. */
		String path(Function<String, String> value) {
			Matcher matcher = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		/** Request parameters and form fields the handler reads: {@code @RequestParam}s and the fields of form objects. */
		Set<String> parameters() {
			Set<String> names = new LinkedHashSet<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				if (requestParam != null) {
					if (!Map.class.isAssignableFrom(parameter.getParameterType())) {
						String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
						if (name != null) {
							names.add(name);
						}
					}
				}
				else if (isFormObject(parameter)) {
					names.addAll(fieldsOf(parameter.getParameterType()));
				}
			}
			return names;
		}

		/** The JSON body's type, if the handler reads one. */
		Class<?> bodyType() {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					return parameter.getParameterType();
				}
			}
			return null;
		}

		private static boolean isFormObject(MethodParameter parameter) {
			if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				return true;
			}
			Class<?> type = parameter.getParameterType();
			return type.isRecord() && !parameter.hasParameterAnnotation(PathVariable.class) && !parameter.hasParameterAnnotation(RequestBody.class);
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	/** Field names of a form object: record components, or bean setters. */
	static List<String> fieldsOf(Class<?> type) {
		if (type.isRecord()) {
			return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		List<String> names = new ArrayList<>();
		for (var method : type.getMethods()) {
			if (method.getName().startsWith("set") && method.getName().length() > 3 && method.getParameterCount() == 1) {
				names.add(Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4));
			}
		}
		return names;
	}

	static Routes of(RequestMappingHandlerMapping mappings) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (pattern.contains("*") || pattern.startsWith("/error")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, entry.getValue()));
				}
			}
		}
		routes.sort(Comparator.comparing(Route::toString));
		return new Routes(List.copyOf(routes));
	}
}
