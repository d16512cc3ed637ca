package de.integrationskonzept.platform.web.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Renders every error that reaches the servlet container (unknown paths, unknown tenants,
 * exceptions outside the API advice): as problem+json for the API and for clients that do not
 * want HTML, as a German error page for browsers.
 */
@Controller
class PlatformErrorController implements ErrorController {

	@RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		if (isApi(request)) {
			// A browser asking an API path still gets problem details, not a page.
			var json = new JacksonJsonView();
			json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.setExtractValueFromSingleKeyModel(true);
			ProblemDetail problem = problemFor(request, status);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "about:blank");
			body.put("title", problem.getTitle());
			body.put("status", problem.getStatus());
			if (problem.getInstance() != null) {
				body.put("instance", problem.getInstance().toString());
			}
			var answer = new ModelAndView(json, Map.of("problem", body));
			answer.setStatus(status);
			return answer;
		}
		var page = new ModelAndView("error", Map.of("status", status.value(), "messageKey", messageKey(status)));
		page.setStatus(status);
		return page;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problemFor(request, status));
	}

	private static ProblemDetail problemFor(HttpServletRequest request, HttpStatus status) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(status.getReasonPhrase());
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			problem.setDetail("Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in wenigen Sekunden erneut.");
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		return problem;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String messageKey(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN, UNAUTHORIZED -> "error.forbidden";
			case BAD_REQUEST, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE -> "error.badRequest";
			case SERVICE_UNAVAILABLE -> "error.unavailable";
			default -> "error.internal";
		};
	}
}
