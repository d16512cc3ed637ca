package de.integrationskonzept.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TenantTests {

	private static Tenant tenant(String slug, TenantKind kind, String ags, Bundesland land) {
		return new Tenant(TenantId.random(), slug, "Name", "Kurz", kind, new Ags(ags), land,
				new Population(1000, LocalDate.of(2023, 12, 31), "Statistik"), null, TenantStatus.ACTIVE);
	}

	@Test
	void agsMustBeEightDigitsOfAnExistingLand() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Ags("0643800"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Ags("0643800a"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Ags("17000000"));
		assertThat(new Ags("06438001").bundesland()).isEqualTo(Bundesland.HE);
	}

	@Test
	void agsMustBelongToTheTenantsBundesland() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> tenant("dietzenbach", TenantKind.STADT, "06438001", Bundesland.RP))
			.withMessageContaining("Hessen");
	}

	@Test
	void landkreisIsKeyedByKreisschluesselFollowedByZeros() {
		assertThat(tenant("landkreis-boerde", TenantKind.LANDKREIS, "15083000", Bundesland.ST).isActive()).isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> tenant("landkreis-boerde", TenantKind.LANDKREIS, "15083001", Bundesland.ST));
	}

	@Test
	void kreisangehoerigeStadtCannotHaveAKreisKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> tenant("dietzenbach", TenantKind.STADT, "06438000", Bundesland.HE));
		assertThat(tenant("frankenthal", TenantKind.KREISFREIE_STADT, "07311000", Bundesland.RP).slug())
			.isEqualTo("frankenthal");
	}

	@Test
	void slugIsLowercaseAndNotReservedByThePlatform() {
		assertThatIllegalArgumentException().isThrownBy(() -> tenant("Wiesbaden", TenantKind.LANDESHAUPTSTADT, "06414000", Bundesland.HE));
		assertThatIllegalArgumentException().isThrownBy(() -> tenant("-wiesbaden", TenantKind.LANDESHAUPTSTADT, "06414000", Bundesland.HE));
		assertThatIllegalArgumentException().isThrownBy(() -> tenant("api", TenantKind.LANDESHAUPTSTADT, "06414000", Bundesland.HE))
			.withMessageContaining("reserved");
	}

	@Test
	void defaultLanguageIsGerman() {
		assertThat(tenant("wiesbaden", TenantKind.LANDESHAUPTSTADT, "06414000", Bundesland.HE).defaultLanguage())
			.isEqualTo("de");
	}
}
