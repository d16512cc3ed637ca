package de.integrationskonzept.platform.security.internal;

import static de.integrationskonzept.platform.internal.db.Tables.MAIL_REQUEST;

import java.time.Duration;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.security.MailRequestLimits;

/**
 * The global {@link MailRequestLimits} for the forms without a tenant (password reset, sign-up): a
 * sliding window in {@code platform.mail_request}, per recipient (normalised like account addresses)
 * and per client address.
 */
@Component
class MailRequestThrottle implements MailRequestLimits {

	private static final String RECIPIENT = "RECIPIENT";
	private static final String ADDRESS = "ADDRESS";

	private final HashedSlidingWindow requests;
	private final int perRecipient;
	private final int perAddress;

	MailRequestThrottle(DSLContext dsl, @Value("${ik.security.secret-key}") String secret,
			@Value("${ik.security.mail-request-limit.window:PT1H}") Duration window,
			@Value("${ik.security.mail-request-limit.per-recipient:3}") int perRecipient,
			@Value("${ik.security.mail-request-limit.per-address:20}") int perAddress) {
		this.requests = new HashedSlidingWindow(dsl, secret, new HashedSlidingWindow.Columns(MAIL_REQUEST, MAIL_REQUEST.ID,
				MAIL_REQUEST.KIND, MAIL_REQUEST.THROTTLE_KEY, MAIL_REQUEST.REQUESTED_AT), window);
		this.perRecipient = perRecipient;
		this.perAddress = perAddress;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void count(String recipient, String clientAddress) {
		String normalisedRecipient = recipient == null ? null : UserAccounts.normalizeEmail(recipient);
		// Always in this order (recipient, then address), so two requests never wait for each other's lock.
		requests.lock(RECIPIENT, normalisedRecipient);
		requests.lock(ADDRESS, clientAddress);
		Optional<Duration> wait = HashedSlidingWindow.longest(requests.blockedFor(RECIPIENT, normalisedRecipient, perRecipient),
				requests.blockedFor(ADDRESS, clientAddress, perAddress));
		if (wait.isPresent()) {
			throw new TooManyMailRequests(wait.get());
		}
		requests.purgeExpired();
		requests.record(RECIPIENT, normalisedRecipient);
		requests.record(ADDRESS, clientAddress);
	}
}
