package de.integrationskonzept.platform.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The OpenID Connect provider: clients, authorizations and consents in PostgreSQL, tokens
 * signed with the persistent keys of {@link SigningKeys}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
		return new JdbcRegisteredClientRepository(jdbc);
	}

	@Bean
	OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationService(jdbc, clients);
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
		return keys.source();
	}

	/** Signs with the newest key; {@link SigningKeys} lists the active keys newest first. */
	@Bean
	JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
		var encoder = new NimbusJwtEncoder(jwkSource);
		encoder.setJwkSelector(keys -> keys.get(0));
		return encoder;
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, OAuth2AuthorizationService authorizations) {
		var decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), new NotRevoked(authorizations)));
		return decoder;
	}

	/** Without a configured issuer, it follows the host the request came to (tenants have their own hosts). */
	@Bean
	AuthorizationServerSettings authorizationServerSettings(@Value("${ik.security.issuer:}") String issuer) {
		var settings = AuthorizationServerSettings.builder();
		if (!issuer.isBlank()) {
			settings.issuer(issuer);
		}
		return settings.build();
	}
}
