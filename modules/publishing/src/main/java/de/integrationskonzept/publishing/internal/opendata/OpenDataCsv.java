package de.integrationskonzept.publishing.internal.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Indicator;
import de.integrationskonzept.concepts.Edition.Measure;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.monitoring.PublishedMonitoring;
import de.integrationskonzept.publishing.internal.PublishedEdition;

/**
 * The CSV files of the published concept (and of its released indicator values), one row per item, German texts only (the other
 * languages are in {@code concept.json}). Every file starts with the item's stable id; the ids
 * in later columns link the files ({@code handlungsfeld_id}, {@code ziel_id}, {@code ziel_ids}).
 * Column names never change within schema version 1; the open data page documents them.
 */
final class OpenDataCsv {

	/** The files, their names in the URL and their columns in order. */
	enum Table {

		HANDLUNGSFELDER("handlungsfelder", "handlungsfeld_id", "position", "name", "beschreibung", "ausgangslage", "url"),
		ZIELE("ziele", "ziel_id", "handlungsfeld_id", "uebergeordnetes_ziel_id", "ebene", "position", "titel", "beschreibung",
				"ergebnis_vorperiode", "beispiel"),
		INDIKATOREN("indikatoren", "indikator_id", "ziel_id", "handlungsfeld_id", "name", "definition", "einheit", "datenquelle",
				"ausgangswert", "ausgangsjahr", "zielwert", "zieljahr", "richtung", "katalog_code", "beispiel"),
		MASSNAHMEN("massnahmen", "massnahme_id", "position", "titel", "beschreibung", "verantwortlich", "partner", "beginn", "ende",
				"budget_eur", "finanzierung", "status", "ziel_ids", "beispiel"),
		/** Released monitoring values ({@link IndicatorValues}); empty (header only) while none are released. */
		INDIKATORWERTE("indikatorwerte", "indikator_id", "handlungsfeld", "ziel", "indikator", "katalog_code", "einheit", "zeitraum",
				"ist", "soll", "status", "quelle", "beispiel", "veroeffentlicht_am");

		private final String name;
		private final List<String> columns;

		Table(String name, String... columns) {
			this.name = name;
			this.columns = List.of(columns);
		}

		/** The name in the URL without {@code .csv}. */
		String baseName() {
			return name;
		}

		String fileName() {
			return name + ".csv";
		}

		List<String> columns() {
			return columns;
		}

		static Optional<Table> named(String baseName) {
			return Arrays.stream(values()).filter(table -> table.name.equals(baseName)).findFirst();
		}
	}

	private OpenDataCsv() {
	}

	static byte[] render(Table table, PublishedEdition published, SiteUrls urls) {
		return render(table, published, null, urls);
	}

	/** @param release the released monitoring values of the edition, null if none */
	static byte[] render(Table table, PublishedEdition published, PublishedMonitoring.Release release, SiteUrls urls) {
		if (table == Table.INDIKATORWERTE) {
			return IndicatorValues.csv(table, published, release);
		}
		CsvTable csv = new CsvTable(table.columns());
		Edition edition = published.edition();
		switch (table) {
			case HANDLUNGSFELDER -> {
				List<Field> fields = edition.fields();
				for (int i = 0; i < fields.size(); i++) {
					Field field = fields.get(i);
					csv.row(field.id(), i + 1, german(field.name()), german(field.description()), german(field.baseline()),
							urls.field(published.fieldSlug(field)));
				}
			}
			case ZIELE -> ConceptItems.goals(edition).forEach(item -> csv.row(item.goal().id(), item.field().id(),
					item.parent() == null ? null : item.parent().id(), item.level(), item.position(), german(item.goal().title()),
					german(item.goal().description()), item.goal().previousOutcome(), item.goal().example()));
			case INDIKATOREN -> ConceptItems.indicators(edition).forEach(item -> {
				Indicator indicator = item.indicator();
				csv.row(indicator.id(), item.goal().id(), item.field().id(), german(indicator.name()), german(indicator.definition()),
						indicator.unit(), indicator.dataSource(), indicator.baselineValue(), indicator.baselineYear(),
						indicator.targetValue(), indicator.targetYear(), indicator.direction(), indicator.catalogueCode(),
						indicator.example());
			});
			case MASSNAHMEN -> {
				List<Measure> measures = edition.measures();
				for (int i = 0; i < measures.size(); i++) {
					Measure measure = measures.get(i);
					csv.row(measure.id(), i + 1, german(measure.title()), german(measure.description()), measure.responsible(),
							String.join(CsvTable.LIST_SEPARATOR, measure.partners()), measure.periodFrom(), measure.periodTo(),
							measure.budget(), measure.fundingSource(), measure.status(), ids(measure.goals()), measure.example());
				}
			}
			case INDIKATORWERTE -> throw new IllegalStateException("rendered above");
		}
		return csv.toBytes();
	}

	private static String german(LocalizedText text) {
		return text == null ? null : text.german();
	}

	private static String ids(List<UUID> ids) {
		return String.join(CsvTable.LIST_SEPARATOR, ids.stream().map(UUID::toString).toList());
	}
}
