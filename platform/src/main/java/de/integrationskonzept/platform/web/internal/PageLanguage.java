package de.integrationskonzept.platform.web.internal;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The language a page is rendered in, for its {@code lang} attribute: English when chosen,
 * German otherwise (the only languages the platform's own texts exist in).
 */
@ControllerAdvice
class PageLanguage {

	@ModelAttribute("pageLanguage")
	String pageLanguage(Locale locale) {
		return "en".equals(locale.getLanguage()) ? "en" : "de";
	}
}
