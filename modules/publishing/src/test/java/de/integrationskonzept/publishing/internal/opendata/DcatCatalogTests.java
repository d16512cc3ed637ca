package de.integrationskonzept.publishing.internal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.platform.tenancy.Bundesland;
import de.integrationskonzept.platform.tenancy.ContactOffice;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantKind;
import de.integrationskonzept.publishing.internal.PublishedEdition;

/** catalog.ttl parses as Turtle and says what DCAT-AP.de harvesters look for. */
class DcatCatalogTests {

	private static final ValueFactory RDF4J = SimpleValueFactory.getInstance();
	private static final String DCATDE = "http://dcat-ap.de/def/dcatde/";
	private static final Instant FIRST_PUBLISHED = Instant.parse("2025-11-20T08:00:00Z");
	private static final ContactOffice OFFICE = new ContactOffice("Amt für Zuwanderung und Integration", null, "Alcide-de-Gasperi-Straße 2",
			"65028", "Wiesbaden", null, null, "Integrationskonzept@wiesbaden.de", null, "https://www.wiesbaden.de/integration");

	private final PublishedEdition published = Fixtures.wiesbadenPublished();

	@Test
	void catalogHasOneDatasetWithEightDistributions() {
		Model model = parse(render(Fixtures.wiesbaden(), published, "http://dcat-ap.de/def/contributors/integrationskonzeptPlattform"));

		assertThat(model.filter(null, RDF.TYPE, DCAT.CATALOG).subjects()).hasSize(1);
		Set<Resource> datasets = model.filter(null, RDF.TYPE, DCAT.DATASET).subjects();
		assertThat(datasets).hasSize(1);
		Resource dataset = datasets.iterator().next();
		assertThat(model.filter(null, DCAT.HAS_DATASET, dataset)).hasSize(1);
		Set<Value> distributions = model.filter(dataset, DCAT.HAS_DISTRIBUTION, null).objects();
		assertThat(distributions).hasSize(8);
		assertThat(model.filter(null, RDF.TYPE, DCAT.DISTRIBUTION).subjects()).containsExactlyInAnyOrderElementsOf(
				distributions.stream().map(Resource.class::cast).toList());

		Set<String> downloads = distributions.stream()
			.map(distribution -> Models.objectIRI(model.filter((Resource) distribution, DCAT.DOWNLOAD_URL, null)).orElseThrow().stringValue())
			.collect(Collectors.toSet());
		String base = "https://integrationskonzept.example/wiesbaden/";
		assertThat(downloads).containsExactlyInAnyOrder(base + "open-data/concept.json", base + "open-data/handlungsfelder.csv",
				base + "open-data/ziele.csv", base + "open-data/indikatoren.csv", base + "open-data/massnahmen.csv",
				base + "open-data/indikatorwerte.csv", base + "open-data/indikatorwerte.json", base + "integrationskonzept.pdf");
		for (Value distribution : distributions) {
			Resource file = (Resource) distribution;
			assertThat(objects(model, file, DCTERMS.LICENSE)).containsExactly("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
			assertThat(objects(model, file, DCAT.ACCESS_URL)).isNotEmpty();
			assertThat(objects(model, file, DCAT.MEDIA_TYPE)).singleElement().asString().startsWith("https://www.iana.org/assignments/media-types/");
			assertThat(objects(model, file, RDF4J.createIRI(DCATDE, "licenseAttributionByText"))).containsExactly("Landeshauptstadt Wiesbaden");
		}
		Set<String> formats = distributions.stream()
			.flatMap(distribution -> objects(model, (Resource) distribution, DCTERMS.FORMAT).stream())
			.collect(Collectors.toSet());
		assertThat(formats).containsExactlyInAnyOrder("http://publications.europa.eu/resource/authority/file-type/JSON",
				"http://publications.europa.eu/resource/authority/file-type/CSV",
				"http://publications.europa.eu/resource/authority/file-type/PDF");
	}

	@Test
	void datasetNamesPublisherPlaceThemeTimesAndContributor() {
		Model model = parse(render(Fixtures.wiesbaden(), published, "http://dcat-ap.de/def/contributors/integrationskonzeptPlattform"));
		Resource dataset = model.filter(null, RDF.TYPE, DCAT.DATASET).subjects().iterator().next();

		assertThat(objects(model, dataset, DCAT.THEME)).containsExactly("http://publications.europa.eu/resource/authority/data-theme/SOCI");
		assertThat(objects(model, dataset, RDF4J.createIRI(DCATDE, "politicalGeocodingURI")))
			.containsExactly("http://dcat-ap.de/def/politicalGeocoding/municipalityKey/06414000");
		assertThat(objects(model, dataset, RDF4J.createIRI(DCATDE, "politicalGeocodingLevelURI")))
			.containsExactly("http://dcat-ap.de/def/politicalGeocoding/Level/municipality");
		assertThat(objects(model, dataset, RDF4J.createIRI(DCATDE, "contributorID")))
			.containsExactly("http://dcat-ap.de/def/contributors/integrationskonzeptPlattform");

		Literal modified = Models.objectLiteral(model.filter(dataset, DCTERMS.MODIFIED, null)).orElseThrow();
		assertThat(modified.getDatatype()).isEqualTo(XSD.DATETIME);
		assertThat(modified.stringValue()).isEqualTo("2026-03-02T09:15:30Z");
		assertThat(Models.objectLiteral(model.filter(dataset, DCTERMS.ISSUED, null)).orElseThrow().stringValue())
			.isEqualTo("2025-11-20T08:00:00Z");

		Set<String> titles = model.filter(dataset, DCTERMS.TITLE, null).objects().stream()
			.map(title -> ((Literal) title).getLanguage().orElseThrow() + ":" + title.stringValue()).collect(Collectors.toSet());
		assertThat(titles).containsExactlyInAnyOrder("de:Integrationskonzept 2021–2025 – Landeshauptstadt Wiesbaden",
				"en:Integration Strategy 2021–2025 – Landeshauptstadt Wiesbaden");
		assertThat(model.filter(dataset, DCTERMS.DESCRIPTION, null).objects()).hasSize(2);

		Resource publisher = Models.objectResource(model.filter(dataset, DCTERMS.PUBLISHER, null)).orElseThrow();
		assertThat(model.contains(publisher, RDF.TYPE, FOAF.ORGANIZATION)).isTrue();
		assertThat(objects(model, publisher, FOAF.NAME)).containsExactly("Landeshauptstadt Wiesbaden");

		Resource contact = Models.objectResource(model.filter(dataset, DCAT.CONTACT_POINT, null)).orElseThrow();
		assertThat(objects(model, contact, RDF4J.createIRI("http://www.w3.org/2006/vcard/ns#hasEmail")))
			.containsExactly("mailto:Integrationskonzept@wiesbaden.de");

		Resource period = Models.objectResource(model.filter(dataset, DCTERMS.TEMPORAL, null)).orElseThrow();
		assertThat(objects(model, period, DCAT.START_DATE)).containsExactly("2021-01-01");
		assertThat(objects(model, period, DCAT.END_DATE)).containsExactly("2025-12-31");
	}

	@Test
	void withoutContributorIdTheCatalogOmitsIt() {
		Model model = parse(render(Fixtures.wiesbaden(), published, " "));
		assertThat(model.filter(null, RDF4J.createIRI(DCATDE, "contributorID"), null)).isEmpty();
	}

	@Test
	void aLandkreisIsGeocodedByItsKreisschluessel() {
		Tenant boerde = Fixtures.tenant("landkreis-boerde", "Landkreis Börde", TenantKind.LANDKREIS, "15083000", Bundesland.ST);
		Model model = parse(render(boerde, published, null));
		assertThat(model.filter(null, RDF4J.createIRI(DCATDE, "politicalGeocodingURI"),
				RDF4J.createIRI("http://dcat-ap.de/def/politicalGeocoding/districtKey/15083"))).hasSize(1);
		assertThat(model.filter(null, RDF4J.createIRI(DCATDE, "politicalGeocodingLevelURI"),
				RDF4J.createIRI("http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict"))).hasSize(1);
	}

	@Test
	void textsWithQuotesBackslashesAndLineBreaksSurviveAsTheyWere() {
		String name = "Stadt \"Nirgendwo\" \\ am See\nZweite Zeile\tmit Tab";
		Tenant odd = Fixtures.tenant("nirgendwo", name, TenantKind.STADT, "06438001", Bundesland.HE);
		Edition edition = published.edition();
		Edition.Field field = edition.fields().getFirst();
		Edition.Field renamed = new Edition.Field(field.id(), LocalizedText.german("Bildung \"\"\" & Sprache <b>"), field.description(),
				field.baseline(), field.templateCode(), field.templateVersion(), field.keyFigures(), field.goals(), field.origin());
		Edition changed = edition.withFields(List.of(renamed));
		ContactOffice office = new ContactOffice(null, null, null, null, null, null, null, "a b@example.org", null, "https://example.org/{x}");

		String turtle = DcatCatalog.render(new DcatCatalog.Context(odd, office, null, null), Fixtures.published(changed), Fixtures.URLS);
		Model model = parse(turtle);

		assertThat(model.filter(null, FOAF.NAME, null).objects()).singleElement()
			.satisfies(value -> assertThat(value.stringValue()).isEqualTo(name));
		assertThat(model.filter(null, DCAT.KEYWORD, null).objects().stream().map(Value::stringValue))
			.contains("Bildung \"\"\" & Sprache <b>");
		assertThat(model.filter(null, RDF4J.createIRI("http://www.w3.org/2006/vcard/ns#hasEmail"), null).objects()).singleElement()
			.satisfies(value -> assertThat(value.stringValue()).isEqualTo("mailto:a%20b@example.org"));
	}

	private static String render(Tenant tenant, PublishedEdition published, String contributorId) {
		return DcatCatalog.render(new DcatCatalog.Context(tenant, OFFICE, FIRST_PUBLISHED, contributorId), published, Fixtures.URLS);
	}

	private static Model parse(String turtle) {
		try {
			return Rio.parse(new StringReader(turtle), "", RDFFormat.TURTLE);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> objects(Model model, Resource subject, IRI predicate) {
		return model.filter(subject, predicate, null).objects().stream().map(Value::stringValue).toList();
	}
}
