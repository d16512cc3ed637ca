package de.integrationskonzept.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import de.integrationskonzept.platform.persistence.DatabaseUnavailable;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;

/**
 * Turns exceptions of the REST API into RFC 9457 problem details. Spring MVC's own exceptions
 * (bad parameters, wrong method, unreadable body, validation) come from the base class.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler
	ProblemDetail unknownTenant(UnknownTenantException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
		problem.setTitle("Mandant nicht gefunden");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail domainProblem(ProblemException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(exception.status(), exception.getMessage());
		problem.setTitle(exception.title());
		if (!exception.problems().isEmpty()) {
			problem.setProperty("problems", exception.problems());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail accessDenied(AccessDeniedException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Für diese Aktion fehlt die Berechtigung.");
		problem.setTitle("Keine Berechtigung");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidArgument(IllegalArgumentException exception) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
		problem.setTitle("Ungültige Eingabe");
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(RuntimeException exception) {
		if (DatabaseUnavailable.causes(exception)) {
			return databaseUnavailable(exception);
		}
		LOG.error("Unexpected error in API request", exception);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Ein unerwarteter Fehler ist aufgetreten. Die Anfrage-ID im Header X-Request-Id hilft dem Support.");
		problem.setTitle("Interner Fehler");
		return ResponseEntity.internalServerError().body(problem);
	}

	/** PostgreSQL is restarting or does not answer in time: a temporary state, so 503 and when to try again. */
	private static ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException exception) {
		LOG.warn("Database unavailable in API request, answering 503: {}", exception.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es in wenigen Sekunden erneut.");
		problem.setTitle("Dienst vorübergehend nicht verfügbar");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()))
			.body(problem);
	}
}
