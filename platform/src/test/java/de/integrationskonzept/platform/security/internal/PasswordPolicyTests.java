package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void sixtyFourCharactersAreAllowedAndOneMoreIsTooLong() {
		assertThat(policy.violation("Wiesbaden-Integration-".repeat(3).substring(0, 64), "a@b.invalid")).isEmpty();
		assertThat(policy.violation("Wiesbaden-Integration-".repeat(3).substring(0, 65), "a@b.invalid")).contains("password.tooLong");
	}

	@Test
	void morePasswordBytesThanBcryptReadsAreTooLongEvenUnderSixtyFourCharacters() {
		String umlauts = "Grüße-" + "äöü".repeat(12); // 42 characters, 80 bytes
		assertThat(umlauts.codePointCount(0, umlauts.length())).isLessThanOrEqualTo(PasswordPolicy.MAXIMUM_LENGTH);
		assertThat(policy.violation(umlauts, "a@b.invalid")).contains("password.tooLong");
	}
}
