package de.integrationskonzept.platform.web.internal;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import de.integrationskonzept.platform.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A domain refusal that a page does not handle itself (an unknown id, a decision already taken) is shown
 * as the German error page with the refusal's status, not as a server error. The API's refusals are
 * problem details ({@code ApiProblems}), which Spring MVC's own resolvers apply before this one.
 */
@Component
class PageProblems implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
		if (!(exception instanceof ProblemException problem) || response.isCommitted()) {
			return null;
		}
		try {
			response.sendError(problem.status().value(), problem.getMessage());
			return new ModelAndView();
		}
		catch (IOException e) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
