package de.integrationskonzept.platform.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.platform.tenancy.TenantStatus;
import de.integrationskonzept.platform.tenancy.internal.SignupCheck.Problem;

/**
 * The Tenant record's rules reach the visitor as German message keys on the field to correct.
 */
class SignupCheckTests {

	private static SignupForm offenbach() {
		var form = new SignupForm();
		form.setName("Stadt Offenbach am Main");
		form.setShortName("Offenbach");
		form.setKind("KREISFREIE_STADT");
		form.setAgs("06413000");
		form.setBundesland("HE");
		form.setSlug("offenbach");
		form.setContactName("Sabine Beispiel");
		form.setContactEmail(" Sabine.Beispiel@Offenbach.example ");
		return form;
	}

	private static Problem onlyProblem(SignupForm form) {
		var result = SignupCheck.check(form);
		assertThat(result.tenant()).isNull();
		assertThat(result.problems()).hasSize(1);
		return result.problems().getFirst();
	}

	@Test
	void validRequestBecomesARequestedTenantWithANormalisedContactAddress() {
		var result = SignupCheck.check(offenbach());

		assertThat(result.problems()).isEmpty();
		assertThat(result.tenant().status()).isEqualTo(TenantStatus.REQUESTED);
		assertThat(result.tenant().slug()).isEqualTo("offenbach");
		assertThat(result.contactEmail()).isEqualTo("sabine.beispiel@offenbach.example");
	}

	@Test
	void agsOfAnotherLandIsReportedOnTheLand() {
		var form = offenbach();
		form.setBundesland("RP");

		assertThat(onlyProblem(form)).isEqualTo(new Problem("bundesland", "signup.error.ags.bundesland", "06413000", "Hessen", "Rheinland-Pfalz"));
	}

	@Test
	void landkreisKeyMustEndInThreeZeros() {
		var form = offenbach();
		form.setKind("LANDKREIS");
		form.setAgs("06413001");

		assertThat(onlyProblem(form)).isEqualTo(new Problem("ags", "signup.error.ags.landkreis", "06413001"));
	}

	@Test
	void kreisKeyIsNoTownWithinAKreis() {
		var form = offenbach();
		form.setKind("STADT");

		assertThat(onlyProblem(form)).isEqualTo(new Problem("kind", "signup.error.kind.kreisangehoerig", "06413000", "Stadt"));
	}

	@Test
	void malformedAndReservedAddressesAreReportedOnTheAddress() {
		var form = offenbach();
		form.setSlug("-offenbach");
		assertThat(onlyProblem(form)).isEqualTo(new Problem("slug", "signup.error.slug.format"));

		form.setSlug("Registrierung");
		assertThat(onlyProblem(form)).isEqualTo(new Problem("slug", "signup.error.slug.reserved", "registrierung"));
	}

	@Test
	void malformedAgsIsReportedBeforeTheTenantRules() {
		var form = offenbach();
		form.setAgs("0641300");
		assertThat(onlyProblem(form)).isEqualTo(new Problem("ags", "signup.error.ags.format"));

		form.setAgs("99413000");
		assertThat(onlyProblem(form)).isEqualTo(new Problem("ags", "signup.error.ags.land", "99"));
	}

	@Test
	void everyMissingFieldIsReportedAtOnce() {
		var result = SignupCheck.check(new SignupForm());

		assertThat(result.problems()).extracting(Problem::field)
			.containsExactlyInAnyOrder("name", "shortName", "kind", "bundesland", "ags", "slug", "contactName", "contactEmail");
	}
}
