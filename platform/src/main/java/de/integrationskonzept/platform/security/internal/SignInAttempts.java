package de.integrationskonzept.platform.security.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import de.integrationskonzept.platform.security.SecurityAudit;

/**
 * Counts failed password sign-ins and locks the account with growing back-off (ASVS: slow down
 * guessing without letting an attacker lock an account forever), and audits every attempt.
 */
@Component
class SignInAttempts {

	private final UserAccounts accounts;
	private final SecurityAudit audit;
	private final SignInThrottle throttle;
	private final int threshold;
	private final Duration firstLock;
	private final Duration maxLock;

	SignInAttempts(UserAccounts accounts, SecurityAudit audit, SignInThrottle throttle,
			@Value("${ik.security.lockout.threshold:5}") int threshold,
			@Value("${ik.security.lockout.first-lock:PT1M}") Duration firstLock,
			@Value("${ik.security.lockout.max-lock:PT1H}") Duration maxLock) {
		this.accounts = accounts;
		this.audit = audit;
		this.throttle = throttle;
		this.threshold = threshold;
		this.firstLock = firstLock;
		this.maxLock = maxLock;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		// Client credentials and bearer tokens also raise this event; only password sign-ins count here.
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
			audit.record(null, event.getAuthentication().getName(), "SIGN_IN_SUCCEEDED", "password");
		}
	}

	/** A wrong second-factor code counts like a wrong password: TOTP codes are only six digits. */
	void secondFactorFailed(String email) {
		throttle.signInFailed(email, clientAddress());
		accounts.recordFailedSignIn(email, threshold, firstLock, maxLock)
			.ifPresent(until -> audit.record(null, email, "ACCOUNT_LOCKED", "until " + until));
		audit.record(null, email, "SECOND_FACTOR_FAILED", null);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String reason = event.getException().getClass().getSimpleName();
		if (event.getAuthentication() instanceof OAuth2ClientAuthenticationToken client) {
			audit.record(null, String.valueOf(client.getPrincipal()), "CLIENT_AUTHENTICATION_FAILED", reason);
			throttle.clientFailed(String.valueOf(client.getPrincipal()), clientAddress());
			return;
		}
		// Rejected bearer tokens are not sign-ins, and their name is the token itself: never log it.
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String name = event.getAuthentication().getName();
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			throttle.signInFailed(name, clientAddress());
			accounts.recordFailedSignIn(name, threshold, firstLock, maxLock)
				.ifPresent(until -> audit.record(null, name, "ACCOUNT_LOCKED", "until " + until));
		}
		audit.record(null, name, "SIGN_IN_FAILED", reason);
	}

	/** With server.forward-headers-strategy=framework this is the client's address behind the proxy. */
	private static String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}
}
