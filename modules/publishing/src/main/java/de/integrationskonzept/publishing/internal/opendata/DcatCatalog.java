package de.integrationskonzept.publishing.internal.opendata;

import static de.integrationskonzept.publishing.internal.opendata.Turtle.blankNode;
import static de.integrationskonzept.publishing.internal.opendata.Turtle.date;
import static de.integrationskonzept.publishing.internal.opendata.Turtle.dateTime;
import static de.integrationskonzept.publishing.internal.opendata.Turtle.iri;
import static de.integrationskonzept.publishing.internal.opendata.Turtle.literal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.platform.tenancy.ContactOffice;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantKind;
import de.integrationskonzept.publishing.internal.PublishedEdition;

/**
 * {@code catalog.ttl}: a DCAT-AP.de 2 catalog per tenant, so open data portals such as GovData
 * can harvest the published concept. One dataset (the current concept, at stable URLs) with one
 * distribution per file: {@code concept.json}, the CSV files (among them the released indicator values),
 * {@code indikatorwerte.json} and the PDF. The municipality is
 * the publisher and is geocoded by its AGS; every distribution carries the licence dl-by-de/2.0
 * with the municipality as the name to attribute.
 */
final class DcatCatalog {

	static final String MEDIA_TYPE = "text/turtle; charset=utf-8";

	private static final String EU = "http://publications.europa.eu/resource/authority/";
	private static final String GEOCODING = "http://dcat-ap.de/def/politicalGeocoding/";

	/** One downloadable file of the dataset. */
	record Distribution(String fileName, String url, String titleDe, String titleEn, String format, String mediaType) {
	}

	/**
	 * What the catalog needs beyond the edition: {@code firstPublished} (the first publication of
	 * any edition, for {@code dct:issued}), the tenant's contact office and the platform's GovData
	 * contributor id, each optional (null).
	 */
	record Context(Tenant tenant, ContactOffice contactOffice, Instant firstPublished, String contributorId) {
	}

	private DcatCatalog() {
	}

	static List<Distribution> distributions(SiteUrls urls) {
		List<Distribution> files = new ArrayList<>();
		files.add(new Distribution("concept.json", urls.openDataFile("concept.json"), "Integrationskonzept (JSON)",
				"Integration strategy (JSON)", "JSON", "application/json"));
		String[][] tables = { { "Handlungsfelder", "Fields of action" }, { "Ziele", "Goals" }, { "Indikatoren", "Indicators" },
				{ "Maßnahmen", "Measures" }, { "Indikatorwerte (IST und SOLL)", "Indicator values (actual and target)" } };
		OpenDataCsv.Table[] csv = OpenDataCsv.Table.values();
		for (int i = 0; i < csv.length; i++) {
			files.add(new Distribution(csv[i].fileName(), urls.openDataFile(csv[i].fileName()), tables[i][0] + " (CSV)",
					tables[i][1] + " (CSV)", "CSV", "text/csv"));
		}
		files.add(new Distribution("indikatorwerte.json", urls.openDataFile("indikatorwerte.json"),
				"Indikatorwerte, Status und Umsetzungsstand (JSON)", "Indicator values, status and progress (JSON)", "JSON", "application/json"));
		files.add(new Distribution("integrationskonzept.pdf", urls.pdf(), "Integrationskonzept (PDF)", "Integration strategy (PDF)",
				"PDF", "application/pdf"));
		return files;
	}

	static String render(Context context, PublishedEdition published, SiteUrls urls) {
		Tenant tenant = context.tenant();
		Edition edition = published.edition();
		String catalog = iri(urls.openData() + "#catalog");
		String dataset = iri(urls.openData() + "#dataset");
		String publisher = iri(urls.home() + "#publisher");
		String modified = dateTime(published.publishedAt());
		List<Distribution> files = distributions(urls);

		Turtle turtle = new Turtle()
			.prefix("dcat", "http://www.w3.org/ns/dcat#")
			.prefix("dct", "http://purl.org/dc/terms/")
			.prefix("dcatde", "http://dcat-ap.de/def/dcatde/")
			.prefix("dcatap", "http://data.europa.eu/r5r/")
			.prefix("foaf", "http://xmlns.com/foaf/0.1/")
			.prefix("vcard", "http://www.w3.org/2006/vcard/ns#")
			.prefix("xsd", "http://www.w3.org/2001/XMLSchema#");

		turtle.subject(catalog, "dcat:Catalog")
			.add("dct:title", literal("Offene Daten zum Integrationskonzept – " + tenant.name(), "de"))
			.add("dct:title", literal("Open data on the integration strategy – " + tenant.name(), "en"))
			.add("dct:description", literal("Datensätze zum Integrationskonzept, veröffentlicht von " + tenant.name()
					+ " auf der Integrationskonzept-Plattform.", "de"))
			.add("dct:description", literal("Datasets on the integration strategy, published by " + tenant.name()
					+ " on the Integrationskonzept platform.", "en"))
			.add("dct:publisher", publisher)
			.add("foaf:homepage", iri(urls.home()))
			.add("dct:language", iri(EU + "language/DEU"))
			.add("dct:modified", modified)
			.add("dcat:themeTaxonomy", iri(EU + "data-theme"))
			.add("dcat:dataset", dataset)
			.end();

		Turtle.Subject about = turtle.subject(dataset, "dcat:Dataset")
			.add("dct:identifier", literal(urls.openData() + "#dataset", null))
			.add("dct:title", literal(edition.title().german() + " – " + tenant.name(), "de"))
			.add("dct:title", edition.title().has("en") ? literal(edition.title().texts().get("en") + " – " + tenant.name(), "en") : null)
			.add("dct:description", literal(descriptionDe(tenant, edition), "de"))
			.add("dct:description", literal(descriptionEn(tenant, edition), "en"))
			.add("dcat:theme", iri(EU + "data-theme/SOCI"))
			.add("dcat:keyword", literal("Integration", "de"))
			.add("dcat:keyword", literal("Integrationskonzept", "de"))
			.add("dcat:keyword", literal("Migration", "de"))
			.add("dcat:keyword", literal("Teilhabe", "de"));
		edition.fields().forEach(field -> about.add("dcat:keyword", literal(field.name().german(), "de")));
		about.add("dcat:keyword", literal("integration", "en"))
			.add("dcat:keyword", literal("migration", "en"))
			.add("dct:publisher", publisher)
			.add("dcat:contactPoint", contactPoint(context))
			.add("dcat:landingPage", iri(urls.home()))
			.add("foaf:page", iri(urls.openData()))
			.add("dct:language", iri(EU + "language/DEU"))
			.add("dct:issued", dateTime(context.firstPublished()))
			.add("dct:modified", modified)
			.add("dct:temporal", blankNode("dct:PeriodOfTime",
					"dcat:startDate", date(LocalDate.of(edition.periodFrom(), 1, 1)),
					"dcat:endDate", date(LocalDate.of(edition.periodTo(), 12, 31))))
			.add("dct:accessRights", iri(EU + "access-right/PUBLIC"))
			.add("dct:accrualPeriodicity", iri(EU + "frequency/IRREG"))
			.add("dcatde:politicalGeocodingLevelURI", iri(GEOCODING + "Level/" + geocodingLevel(tenant)))
			.add("dcatde:politicalGeocodingURI", iri(geocodingUri(tenant)))
			.add("dcatde:geocodingDescription", literal(tenant.name(), "de"))
			.add("dcatde:contributorID", isBlank(context.contributorId()) ? null : iri(context.contributorId().strip()));
		files.forEach(file -> about.add("dcat:distribution", distributionIri(urls, file)));
		about.end();

		for (Distribution file : files) {
			turtle.subject(distributionIri(urls, file), "dcat:Distribution")
				.add("dct:title", literal(file.titleDe(), "de"))
				.add("dct:title", literal(file.titleEn(), "en"))
				.add("dcat:accessURL", iri(file.url()))
				.add("dcat:downloadURL", iri(file.url()))
				.add("dct:format", iri(EU + "file-type/" + file.format()))
				.add("dcat:mediaType", iri("https://www.iana.org/assignments/media-types/" + file.mediaType()))
				.add("dct:license", iri(OpenDataLicence.DCAT_URI))
				.add("dcatde:licenseAttributionByText", literal(tenant.name(), "de"))
				.add("dct:modified", modified)
				.add("dcatap:availability", iri(EU + "planned-availability/STABLE"))
				.add("foaf:page", iri(urls.openData()))
				.end();
		}
		turtle.subject(publisher, "foaf:Organization")
			.add("foaf:name", literal(tenant.name(), "de"))
			.add("foaf:homepage", iri(urls.home()))
			.add("dct:type", iri("http://purl.org/adms/publishertype/LocalAuthority"))
			.end();
		return turtle.toString();
	}

	/** A Landkreis is geocoded by its Kreisschlüssel, every other municipality by its Gemeindeschlüssel. */
	static String geocodingUri(Tenant tenant) {
		String ags = tenant.ags().value();
		return tenant.kind() == TenantKind.LANDKREIS ? GEOCODING + "districtKey/" + ags.substring(0, 5)
				: GEOCODING + "municipalityKey/" + ags;
	}

	private static String geocodingLevel(Tenant tenant) {
		return tenant.kind() == TenantKind.LANDKREIS ? "administrativeDistrict" : "municipality";
	}

	private static String distributionIri(SiteUrls urls, Distribution file) {
		return iri(urls.openData() + "#distribution-" + file.fileName().replace('.', '-'));
	}

	private static String contactPoint(Context context) {
		ContactOffice office = context.contactOffice();
		if (office == null || (isBlank(office.email()) && isBlank(office.website()))) {
			return null;
		}
		String address = isBlank(office.street()) ? null : blankNode("vcard:Address",
				"vcard:street-address", literal(office.street(), null),
				"vcard:postal-code", literal(office.postalCode(), null),
				"vcard:locality", literal(office.city(), null),
				"vcard:country-name", literal("Deutschland", "de"));
		return blankNode("vcard:Organization",
				"vcard:fn", literal(isBlank(office.name()) ? context.tenant().name() : office.name(), "de"),
				"vcard:hasEmail", isBlank(office.email()) ? null : iri("mailto:" + office.email().strip()),
				"vcard:hasURL", isWebAddress(office.website()) ? iri(office.website().strip()) : null,
				"vcard:hasAddress", address);
	}

	private static String descriptionDe(Tenant tenant, Edition edition) {
		return "„" + edition.title().german() + "“ von " + tenant.name() + " (Zeitraum " + edition.periodFrom() + "–"
				+ edition.periodTo() + ") als offene Daten: Leitlinien, Handlungsfelder, Ziele mit ihren Indikatoren und "
				+ "Maßnahmen als JSON und CSV, die veröffentlichten Indikatorwerte (IST und SOLL) als CSV und JSON, dazu das ganze Konzept als PDF." + resolutionDe(edition);
	}

	private static String resolutionDe(Edition edition) {
		if (isBlank(edition.resolution().body())) {
			return "";
		}
		return " Beschlossen von: " + edition.resolution().body()
				+ (isBlank(edition.resolution().number()) ? "" : " (Vorlage " + edition.resolution().number() + ")")
				+ (edition.resolution().date() == null ? "" : " am " + edition.resolution().date()) + ".";
	}

	private static String descriptionEn(Tenant tenant, Edition edition) {
		LocalizedText title = edition.title();
		return "“" + title.texts().getOrDefault("en", title.german()) + "” of " + tenant.name() + " (period " + edition.periodFrom()
				+ "–" + edition.periodTo() + ") as open data: guidelines, fields of action, goals with their indicators, and "
				+ "measures as JSON and CSV, the published indicator values (actual and target) as CSV and JSON, and the full strategy as PDF.";
	}

	private static boolean isWebAddress(String address) {
		return address != null && (address.strip().startsWith("https://") || address.strip().startsWith("http://"));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
