package de.integrationskonzept.platform.security.internal;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.web.SecurityHeaders;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Three filter chains: the authorization server's protocol endpoints, the REST API as an OAuth2
 * resource server (tokens only, stateless), and the web UI with session sign-in, CSRF
 * protection and a second factor where required.
 */
@Configuration(proxyBeanMethods = false)
// The filter chains only where there is a web server: the one-off tenant import runs without one.
class SecurityConfiguration {

	static final String SIGN_IN_PAGE = "/anmelden";

	@Bean
	@Order(1)
	@ConditionalOnWebApplication
	SecurityFilterChain authorizationServerChain(HttpSecurity http, TenantClaims tenantClaims, SignInThrottle throttle, SecurityAudit audit)
			throws Exception {
		// Before the client authentication, which the authorization server places after the pre-authentication filter.
		http.addFilterBefore(new SignInThrottleFilter(throttle, audit), AbstractPreAuthenticatedProcessingFilter.class);
		http.oauth2AuthorizationServer(server -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(withDefaults());
		});
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
			.headers(SecurityConfiguration::machineReadableHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication
	SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
		var tokens = new JwtAuthenticationConverter();
		tokens.setJwtGrantedAuthoritiesConverter(new TenantJwtAuthorities());
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/tenants", "/api/tenants/*").permitAll()
				.requestMatchers("/api/tenants/**").denyAll()
				// Shared templates and the indicator catalogue: every signed-in caller may read (the
				// services require membership of some tenant), only platform admins may write.
				.requestMatchers(HttpMethod.GET, "/api/templates/**").authenticated()
				.requestMatchers("/api/templates/**").hasAuthority(TenantAuthority.PLATFORM_ADMIN)
				// Platform administration over all tenants ("admin" is a reserved slug, never a tenant's).
				.requestMatchers("/api/admin/**").hasAuthority(TenantAuthority.PLATFORM_ADMIN)
				// Everything else under /api/{tenantSlug}/… belongs to one tenant.
				.requestMatchers("/api/*/**").access(new TenantMemberAuthorization())
				.anyRequest().authenticated())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens are not sent automatically by browsers, so CSRF does not apply here.
			.csrf(csrf -> csrf.disable())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(tokens)))
			.headers(SecurityConfiguration::machineReadableHeaders);
		return http.build();
	}

	@Bean
	@Order(3)
	@ConditionalOnWebApplication
	SecurityFilterChain webChain(HttpSecurity http, SecondFactorGate secondFactor, SignInThrottle throttle, SecurityAudit audit)
			throws Exception {
		http.addFilterBefore(new SignInThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/admin/**").hasAuthority(TenantAuthority.PLATFORM_ADMIN)
				.requestMatchers("/konto/**").authenticated()
				.requestMatchers("/*/verwaltung/**").authenticated()
				// Named so that a stricter default later cannot lock out people who cannot sign in yet.
				.requestMatchers("/passwort/**", "/registrierung/**", "/*/registrieren/**").permitAll()
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage(SIGN_IN_PAGE)
				.usernameParameter("email")
				.successHandler(secondFactor)
				.failureHandler(new SignInFailureHandler()))
			.logout(logout -> logout.logoutUrl("/abmelden").logoutSuccessUrl("/?abgemeldet"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE)))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				// Embeddable pages (a municipality's widget in its own CMS) may be framed anywhere; nothing else may.
				.frameOptions(frameOptions -> frameOptions.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(EMBEDDABLE),
						new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(new OrRequestMatcher(pathPattern("/swagger-ui/**"), EMBEDDABLE)),
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY + "frame-ancestors 'none'")))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(EMBEDDABLE,
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY + "frame-ancestors *"))));
		return http.build();
	}

	/** JSON and protocol answers: nothing in them may load, run or be framed; no referrer leaks to other sites. */
	private static void machineReadableHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.MACHINE_POLICY));
	}

	private static final String CONTENT_SECURITY_POLICY = SecurityHeaders.PAGE_POLICY;
	/** Pages made to be shown in a frame on other sites: {@code /{tenant}/widget/…}. */
	private static final org.springframework.security.web.util.matcher.RequestMatcher EMBEDDABLE = pathPattern("/*/widget/**");

	/** Bcrypt by default, with the {id} prefix so stronger algorithms can follow without a migration. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
