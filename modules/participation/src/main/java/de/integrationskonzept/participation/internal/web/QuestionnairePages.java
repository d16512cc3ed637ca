package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaires;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public questionnaire: the form (every question shown, conditional ones marked; a script
 * only hides them as an enhancement), the thank-you page and the published results. For
 * anonymous questionnaires the browser gets a random token in a cookie; the service stores only
 * its hash.
 */
@Controller
@RequestMapping("/{tenantSlug}/beteiligung/frageboegen/{id}")
class QuestionnairePages {

	static final String COOKIE = "ik-fragebogen";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Questionnaires questionnaires;
	private final Tenants tenants;

	QuestionnairePages(Questionnaires questionnaires, Tenants tenants) {
		this.questionnaires = questionnaires;
		this.tenants = tenants;
	}

	@GetMapping
	String form(@PathVariable String tenantSlug, @PathVariable UUID id, @CookieValue(name = COOKIE, required = false) String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		String browserToken = browserToken(questionnaire, token, tenantSlug, request, response);
		model.addAttribute("answered", questionnaires.hasResponded(id, new Questionnaires.Respondent(browserToken, null)));
		return page(questionnaire, Map.of(), Map.of(), model);
	}

	@PostMapping
	String submit(@PathVariable String tenantSlug, @PathVariable UUID id, @CookieValue(name = COOKIE, required = false) String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		String browserToken = browserToken(questionnaire, token, tenantSlug, request, response);
		Map<Integer, List<String>> given = AnswerForm.given(questionnaire, request.getParameterMap());
		model.addAttribute("answered", false);
		try {
			questionnaires.respond(id, new Questionnaires.Respondent(browserToken, request.getRemoteAddr()),
					AnswerForm.answers(questionnaire, given));
			return "redirect:/" + tenantSlug + "/beteiligung/frageboegen/" + id + "/danke";
		}
		catch (ParticipationProblems.Invalid invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(questionnaire, given, invalid.fieldErrors(), model);
		}
		catch (ParticipationProblems.PhaseClosed | ParticipationProblems.AlreadyDone | ParticipationProblems.TooMany refused) {
			response.setStatus(refused.status().value());
			model.addAttribute("error", refused.getMessage());
			return page(questionnaire, given, Map.of(), model);
		}
	}

	@GetMapping("/danke")
	String thanks(@PathVariable String tenantSlug, @PathVariable UUID id, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("questionnaire", questionnaires.get(id));
		return "participation/questionnaire-thanks";
	}

	@GetMapping("/ergebnisse")
	String results(@PathVariable String tenantSlug, @PathVariable UUID id, Model model) {
		Questionnaire questionnaire = questionnaires.get(id);
		boolean visible = questionnaire.resultsPublicOn(ParticipationProcess.today()) || AccessControl.hasTenantRole(TenantRole.EDITOR);
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("results", visible ? questionnaires.results(id) : null);
		model.addAttribute("charts", new Charts());
		return "participation/questionnaire-results";
	}

	@ExceptionHandler(ParticipationProblems.QuestionnaireNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String page(Questionnaire questionnaire, Map<Integer, List<String>> given, Map<String, String> problems, Model model) {
		LocalDate today = ParticipationProcess.today();
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("open", questionnaire.isOpenOn(today));
		model.addAttribute("closed", questionnaire.isClosedOn(today));
		model.addAttribute("mayAnswer", questionnaire.mode() == Questionnaire.Mode.ANONYMOUS || AccessControl.hasTenantRole(TenantRole.CITIZEN));
		model.addAttribute("given", given);
		model.addAttribute("problems", problems);
		return "participation/questionnaire";
	}

	/**
	 * For anonymous questionnaires: the browser's token, created (and set as cookie) on its first visit while the
	 * questionnaire is open. The cookie serves only the one-response rule, so it is technically necessary.
	 * A browser that refuses cookies gets a new token each time; the limit per address then applies.
	 */
	private static String browserToken(Questionnaire questionnaire, String token, String tenantSlug, HttpServletRequest request,
			HttpServletResponse response) {
		if (questionnaire.mode() != Questionnaire.Mode.ANONYMOUS) {
			return null;
		}
		if (token != null && token.matches("[A-Za-z0-9_-]{43}")) {
			return token;
		}
		if (!questionnaire.isOpenOn(ParticipationProcess.today())) {
			// Nobody can answer now, so the browser needs no token (and gets no cookie).
			return null;
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, fresh)
			.path("/" + tenantSlug + "/beteiligung/frageboegen")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(Duration.ofDays(365))
			.build().toString());
		return fresh;
	}
}
