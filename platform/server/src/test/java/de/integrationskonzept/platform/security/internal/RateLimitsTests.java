package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.RateLimits;
import de.integrationskonzept.platform.security.RateLimits.Limit;
import de.integrationskonzept.testing.MailingSystemTest;
import de.integrationskonzept.testing.TestAccounts;

/** The shared abuse limits of public forms, and who the current person is. */
class RateLimitsTests extends MailingSystemTest {

	@Autowired RateLimits rateLimits;
	@Autowired CurrentAccount currentAccount;

	private boolean tryOnce(String slug, Limit limit, String client) {
		return inTenant(tenant(slug), () -> {
			if (rateLimits.reached(limit, client)) {
				return false;
			}
			rateLimits.record(limit, client);
			return true;
		});
	}

	@Test
	void limitCountsPerClientActionAndTenant() {
		Limit ideas = new Limit("test-idea-" + System.nanoTime(), 2, Duration.ofHours(1));
		Limit comments = new Limit(ideas.action() + "-comment", 2, Duration.ofHours(1));
		assertThat(tryOnce("wiesbaden", ideas, "203.0.113.7")).isTrue();
		assertThat(tryOnce("wiesbaden", ideas, "203.0.113.7")).isTrue();
		assertThat(tryOnce("wiesbaden", ideas, "203.0.113.7")).as("third use within the window").isFalse();
		assertThat(tryOnce("wiesbaden", ideas, "203.0.113.8")).as("another client").isTrue();
		assertThat(tryOnce("wiesbaden", comments, "203.0.113.7")).as("another action").isTrue();
		assertThat(tryOnce("dietzenbach", ideas, "203.0.113.7")).as("another tenant").isTrue();
	}

	@Test
	void expiredUsesNoLongerCountAndArePurged() throws InterruptedException {
		Limit limit = new Limit("test-expiry-" + System.nanoTime(), 1, Duration.ofMillis(1));
		assertThat(tryOnce("wiesbaden", limit, "203.0.113.9")).isTrue();
		Thread.sleep(20);
		assertThat(tryOnce("wiesbaden", limit, "203.0.113.9")).as("window passed").isTrue();
		Thread.sleep(20);
		assertThat(inTenant(tenant("wiesbaden"), rateLimits::purgeExpired)).isGreaterThanOrEqualTo(1);
		assertThat(inTenant(tenant("wiesbaden"), () -> jdbc.queryForObject("select count(*) from platform.rate_limit_hit where action = ?",
				Integer.class, limit.action()))).isZero();
	}

	@Test
	void clientIdentifierIsNeverStored() {
		Limit limit = new Limit("test-hash-" + System.nanoTime(), 5, Duration.ofHours(1));
		tryOnce("wiesbaden", limit, "198.51.100.200");
		String key = inTenant(tenant("wiesbaden"), () -> jdbc.queryForObject("select client_key from platform.rate_limit_hit where action = ?",
				String.class, limit.action()));
		assertThat(key).hasSize(64).doesNotContain("198.51.100.200");
	}

	@Test
	void currentAccountIsThePersonSignedInAndNobodyOtherwise() {
		String email = TestAccounts.newPerson(jdbc, "current");
		assertThat(as(email, List.of(), currentAccount::id)).contains(TestAccounts.idOf(jdbc, email));
		assertThat(currentAccount.id()).isEmpty();
		assertThatThrownBy(currentAccount::require).isInstanceOf(AccessDeniedException.class);
		assertThat(as("client:some-machine", List.of(), currentAccount::id)).isEmpty();
	}
}
