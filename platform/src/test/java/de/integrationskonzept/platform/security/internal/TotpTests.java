package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TotpTests {

	/** ASCII "12345678901234567890", the SHA1 seed of RFC 6238 appendix B. */
	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	private static final long NOW = 1_111_111_111L;

	@Test
	void matchesRfc6238TestVectorsForSha1() {
		// The RFC lists 8 digits; a 6-digit code is the same value modulo 10^6.
		assertThat(Totp.codeAt(RFC_SECRET, 59L)).isEqualTo("287082");
		assertThat(Totp.codeAt(RFC_SECRET, 1_111_111_109L)).isEqualTo("081804");
		assertThat(Totp.codeAt(RFC_SECRET, 1_111_111_111L)).isEqualTo("050471");
		assertThat(Totp.codeAt(RFC_SECRET, 1_234_567_890L)).isEqualTo("005924");
		assertThat(Totp.codeAt(RFC_SECRET, 2_000_000_000L)).isEqualTo("279037");
		assertThat(Totp.codeAt(RFC_SECRET, 20_000_000_000L)).isEqualTo("353130");
	}

	@Test
	void acceptsTheCodeOfTheCurrentStep() {
		assertThat(Totp.verify(RFC_SECRET, "050471", Instant.ofEpochSecond(NOW))).isTrue();
	}

	@Test
	void acceptsOneStepOfClockDrift() {
		Instant now = Instant.ofEpochSecond(NOW);
		assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW - 30), now)).isTrue();
		assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW + 30), now)).isTrue();
	}

	@Test
	void rejectsCodesTwoStepsAway() {
		Instant now = Instant.ofEpochSecond(NOW);
		assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW - 60), now)).isFalse();
		assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW + 60), now)).isFalse();
	}

	@Test
	void reportsTheMatchedStepSoCallersCanRefuseReplays() {
		Instant now = Instant.ofEpochSecond(NOW);
		long currentStep = NOW / 30;
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW), now)).contains(currentStep);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW - 30), now)).contains(currentStep - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW + 30), now)).contains(currentStep + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, NOW + 60), now)).isEmpty();
	}

	@Test
	void rejectsMalformedCodes() {
		Instant now = Instant.ofEpochSecond(NOW);
		for (String code : new String[] { null, "", "      ", "05047", "0504711", "05o471", " 050471", "050 471",
				"٠٥٠٤٧١" }) {
			assertThat(Totp.verify(RFC_SECRET, code, now)).as("code %s", code).isFalse();
		}
	}

	@Test
	void decodesSecretsRegardlessOfCaseSpacesAndPadding() {
		assertThat(Totp.codeAt("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", NOW)).isEqualTo("050471");
		// ASCII "1234" needs padding in Base32.
		assertThat(Totp.codeAt("GEZDGNA=", NOW)).isEqualTo(Totp.codeAt("gezdgna", NOW));
	}

	@Test
	void rejectsSecretsThatAreNotBase32() {
		assertThatIllegalArgumentException().isThrownBy(() -> Totp.codeAt("GEZDGNB1", NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> Totp.codeAt(" = ", NOW));
	}

	@Test
	void newSecretsAreTwentyRandomBytesInUnpaddedBase32() {
		String secret = Totp.newSecret();
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(Totp.newSecret()).isNotEqualTo(secret);
		assertThat(Totp.codeAt(secret, NOW)).matches("[0-9]{6}");
	}

	@Test
	void otpauthUriEncodesIssuerAndAccount() {
		String uri = Totp.otpauthUri("Stadt Gießen", "jörg.müller@giessen.de", "gezd gnbv gy3t qojq gezd gnbv gy3t qojq");
		assertThat(uri).isEqualTo("otpauth://totp/Stadt%20Gie%C3%9Fen:j%C3%B6rg.m%C3%BCller%40giessen.de"
				+ "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Stadt%20Gie%C3%9Fen"
				+ "&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void otpauthUriKeepsColonsOutOfTheLabelSeparator() {
		assertThat(Totp.otpauthUri("A:B", "c:d", RFC_SECRET)).startsWith("otpauth://totp/A%3AB:c%3Ad?");
	}

	@Test
	void recoveryCodesAreUniqueAndNormalizeForComparison() {
		List<String> codes = RecoveryCodes.generate(10);
		assertThat(codes).hasSize(10).doesNotHaveDuplicates()
			.allSatisfy(code -> assertThat(code).matches("[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}"));
		String code = codes.get(0);
		String typed = " " + code.toUpperCase().replace("-", " ") + " ";
		assertThat(RecoveryCodes.normalize(typed)).isEqualTo(code.replace("-", ""));
		assertThat(RecoveryCodes.hash(typed)).isEqualTo(RecoveryCodes.hash(code)).matches("[0-9a-f]{64}");
		assertThat(RecoveryCodes.hash(codes.get(1))).isNotEqualTo(RecoveryCodes.hash(code));
	}

}
