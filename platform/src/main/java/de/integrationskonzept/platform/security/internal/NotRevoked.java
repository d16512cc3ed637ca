package de.integrationskonzept.platform.security.internal;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * A signed token is only as good as its authorization: once revoked (or its authorization
 * removed), the API refuses it even though the signature still verifies.
 */
class NotRevoked implements OAuth2TokenValidator<Jwt> {

	private final OAuth2AuthorizationService authorizations;

	NotRevoked(OAuth2AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		OAuth2Authorization authorization = authorizations.findByToken(jwt.getTokenValue(), OAuth2TokenType.ACCESS_TOKEN);
		boolean active = authorization != null && authorization.getAccessToken() != null && authorization.getAccessToken().isActive();
		return active ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token was revoked", null));
	}
}
