package de.integrationskonzept.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every state-changing route that works without staff rights (public forms, citizens' participation,
 * sign-up, password reset, second factor), taken from the route list, must name how it is limited
 * against abuse. A new public form fails here until someone decides. The limits themselves are tested
 * where they live (RateLimitsTests, SignInThrottleTests, MailRequestLimitsTests, ContactFormTests, the participation tests).
 */
@SpringBootTest
class PublicFormLimitsTests {

	/** Each public form and how it is limited; "OPEN:" marks a known gap, listed in docs/security-checks.md. */
	static final Map<String, String> LIMITS = Map.ofEntries(
			Map.entry("POST /anmelden/zweiter-faktor",
					"wrong codes count toward the account lockout and the sign-in throttle (SignInAttempts.secondFactorFailed)"),
			Map.entry("POST /anmelden/zweiter-faktor/weiter",
					"only after a correct password; the pending sign-in lives in the session"),
			Map.entry("POST /passwort/neu",
					"needs the single-use, hashed reset token from the mail; the new password is checked by PasswordPolicy"),
			Map.entry("POST /passwort/vergessen",
					"MailRequestLimits (platform.mail_request): per recipient address and per client address and hour, also for addresses without an account"),
			Map.entry("POST /registrierung",
					"MailRequestLimits (platform.mail_request): per contact address and per client address and hour, valid requests only"),
			Map.entry("POST /registrierung/bestaetigen",
					"needs the single-use, hashed confirmation token from the mail"),
			Map.entry("POST /{tenantSlug}/registrieren",
					"RateLimits registration-recipient and registration-address (per e-mail address and per client address and hour)"),
			Map.entry("POST /{tenantSlug}/beteiligung/frageboegen/{id}",
					"RateLimits questionnaire-response (anonymous answers, per client and hour); signed-in: one answer per account"),
			Map.entry("POST /{tenantSlug}/beteiligung/{id}/abstimmung",
					"signed-in voter on the list of the process; one vote per account (key)"),
			Map.entry("POST /{tenantSlug}/beteiligung/{id}/bewertung/{goalId}",
					"signed-in expert of the circle; one rating per account and goal (key)"),
			Map.entry("POST /{tenantSlug}/beteiligung/{id}/ideen",
					"RateLimits participation-idea (per account and day), signed-in citizens only"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/arbeitsgruppen/{groupId}/sitzungen",
					"members of the working group only"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/arbeitsgruppen/{groupId}/sitzungen/{meetingId}/dateien",
					"members of the working group only; upload size limit"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/arbeitsgruppen/{groupId}/sitzungen/{meetingId}/dateien/{fileId}/entfernen",
					"members of the working group only"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/arbeitsgruppen/{groupId}/sitzungen/{meetingId}/protokoll",
					"members of the working group only"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/arbeitsgruppen/{groupId}/vorschlaege",
					"members of the working group only"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/ideen/{ideaId}/kommentare",
					"RateLimits participation-comment (per account and hour), signed-in citizens only"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/ideen/{ideaId}/kommentare/{commentId}/melden",
					"signed-in citizens; one report per account and comment (key)"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/ideen/{ideaId}/melden",
					"signed-in citizens; one report per account and idea (key)"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/ideen/{ideaId}/unterstuetzen",
					"signed-in citizens; one support per account and idea (key)"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/ideen/{ideaId}/unterstuetzung-zurueckziehen",
					"signed-in citizens; removes their own support only"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/workshops/{workshopId}/abmeldung",
					"signed-in citizens; their own registration only"),
			Map.entry("POST /{tenantSlug}/beteiligung/{processId}/workshops/{workshopId}/anmeldung",
					"signed-in citizens; one registration per account, capacity of the workshop"),
			Map.entry("POST /{tenantSlug}/einladung/{token}",
					"needs the single-use, hashed invitation token"),
			Map.entry("POST /{tenantSlug}/einladung/{token}/annehmen",
					"needs the single-use, hashed invitation token"),
			Map.entry("POST /{tenantSlug}/kontakt",
					"RateLimits contact-message (per client address and hour)"));

	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	@Test
	void everyPublicFormIsLimited() {
		TreeSet<String> undecided = new TreeSet<>();
		TreeSet<String> publicForms = new TreeSet<>();
		for (Routes.Route route : Routes.of(mappings).all()) {
			if (route.api() || route.staff() || !route.changesState()) {
				continue;
			}
			publicForms.add(route.toString());
			if (!LIMITS.containsKey(route.toString())) {
				undecided.add(route.toString());
			}
		}
		System.out.println("Public forms without a limit yet: " + LIMITS.entrySet().stream().filter(e -> e.getValue().startsWith("OPEN:")).map(Map.Entry::getKey).toList());
		assertThat(undecided).as("public state-changing routes without a named limit").isEmpty();
		assertThat(LIMITS.keySet()).as("listed routes that no longer exist").allMatch(publicForms::contains);
	}
}
