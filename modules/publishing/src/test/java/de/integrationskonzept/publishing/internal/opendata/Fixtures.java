package de.integrationskonzept.publishing.internal.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.platform.tenancy.Ags;
import de.integrationskonzept.platform.tenancy.Bundesland;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.TenantKind;
import de.integrationskonzept.platform.tenancy.TenantStatus;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Wiesbaden's real concept (the demo data in {@code tenants/concepts}) as a published edition. */
final class Fixtures {

	static final Instant PUBLISHED_AT = Instant.parse("2026-03-02T09:15:30Z");
	static final SiteUrls URLS = new SiteUrls("https://integrationskonzept.example", "/wiesbaden");

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private Fixtures() {
	}

	static Tenant wiesbaden() {
		return tenant("wiesbaden", "Landeshauptstadt Wiesbaden", TenantKind.LANDESHAUPTSTADT, "06414000", Bundesland.HE);
	}

	static Tenant tenant(String slug, String name, TenantKind kind, String ags, Bundesland land) {
		return new Tenant(TenantId.of("6f1c1f0e-8a38-4a5e-9a56-0c1d0e5f7a11"), slug, name, name, kind, new Ags(ags), land, null,
				"de", TenantStatus.ACTIVE);
	}

	static Edition wiesbadenEdition() {
		try {
			ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(conceptsDirectory().resolve("wiesbaden-2021-2025.json")));
			document.remove(List.of("format", "tenant"));
			return JSON.treeToValue(document, Edition.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static PublishedEdition published(Edition edition) {
		return new PublishedEdition(wiesbaden().id(), edition.id(), PUBLISHED_AT, true, edition);
	}

	static PublishedEdition wiesbadenPublished() {
		return published(wiesbadenEdition());
	}

	/** The edition with one more measure, as given, at the end. */
	static Edition withMeasure(Edition edition, Edition.Measure measure) {
		List<Edition.Measure> measures = new ArrayList<>(edition.measures());
		measures.add(measure);
		return new Edition(edition.id(), edition.title(), edition.periodFrom(), edition.periodTo(), edition.status(),
				edition.continues(), edition.resolution(), edition.understanding(), edition.prerequisites(), edition.guidelines(),
				edition.fields(), measures, edition.version());
	}

	private static Path conceptsDirectory() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.isDirectory(directory.resolve("tenants/concepts"))) {
			directory = directory.getParent();
		}
		if (directory == null) {
			throw new IllegalStateException("tenants/concepts not found above " + Path.of("").toAbsolutePath());
		}
		return directory.resolve("tenants/concepts");
	}
}
