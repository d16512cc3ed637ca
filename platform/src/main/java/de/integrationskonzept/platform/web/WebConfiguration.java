package de.integrationskonzept.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * German first: pages are German unless the visitor chooses English ({@code ?lang=en}), and the
 * choice is kept in a cookie. The browser's Accept-Language does not switch a German
 * administration's site to English on its own.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DEFAULT = Locale.GERMAN;

	/** The language cookie gets the session cookie's flags: no script needs it, and in production it travels over HTTPS only. */
	@Bean
	LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
		var resolver = new CookieLocaleResolver("ik-lang");
		resolver.setDefaultLocale(DEFAULT);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(secureCookies);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
	}
}
