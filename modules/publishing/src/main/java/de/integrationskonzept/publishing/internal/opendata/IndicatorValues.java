package de.integrationskonzept.publishing.internal.opendata;

import java.util.ArrayList;
import java.util.List;

import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.PublishedMonitoring;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The indicator values the municipality released (monitoring): {@code indikatorwerte.csv}, one row per indicator
 * and period of its series (IST where measured, SOLL where the target path has one), and
 * {@code indikatorwerte.json} (schema {@code integrationskonzept-indicator-values/1}) with the same values, the
 * status and trend per indicator and the progress of measures, goals and fields. Without a release both files are
 * empty (the CSV has its header, the JSON empty lists and {@code releasedAt: null}): nothing unreleased is ever in
 * them. Status and trend judge the latest value, so the CSV gives them on that period's row only.
 */
final class IndicatorValues {

	static final String SCHEMA = "integrationskonzept-indicator-values/1";
	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private IndicatorValues() {
	}

	static byte[] csv(OpenDataCsv.Table table, PublishedEdition published, PublishedMonitoring.Release release) {
		CsvTable csv = new CsvTable(table.columns());
		for (Row row : rows(published, release)) {
			var values = row.values();
			var point = row.point();
			boolean latest = point.period().equals(values.latestPeriod());
			var measured = values.value(point.period());
			csv.row(row.item().indicator().id(), row.item().field().name().german(), row.item().goal().title().german(),
					row.item().indicator().name().german(), values.catalogueCode(), values.unit(), point.period().toString(), point.actual(),
					point.target() == null ? null : point.target().setScale(2, java.math.RoundingMode.HALF_UP),
					latest ? values.status().name() : null, measured.map(PublishedMonitoring.Value::source).orElse(null),
					measured.map(PublishedMonitoring.Value::example).orElse(null), release.releasedAt().toString());
		}
		return csv.toBytes();
	}

	static String json(Tenant tenant, PublishedEdition published, PublishedMonitoring.Release release, SiteUrls urls) {
		ObjectNode document = MAPPER.createObjectNode();
		document.put("schema", SCHEMA);
		document.put("documentation", urls.openData());
		OpenDataJson.licence(document.putObject("license"), tenant);
		document.put("editionId", published.editionId().toString());
		document.put("releasedAt", release == null ? null : release.releasedAt().toString());
		ArrayNode indicators = document.putArray("indicators");
		ArrayNode measures = document.putArray("measures");
		ArrayNode goals = document.putArray("goals");
		ArrayNode fields = document.putArray("fields");
		if (release != null) {
			for (ConceptItems.IndicatorItem item : ConceptItems.indicators(published.edition())) {
				release.indicator(item.indicator().id()).ifPresent(values -> indicator(indicators.addObject(), item, values));
			}
			release.measures().forEach(measure -> measures.addObject().put("id", measure.measureId().toString())
				.put("status", measure.status().name()).put("percent", measure.percent()));
			release.goals().forEach(goal -> rollup(goals.addObject(), goal));
			release.fields().forEach(field -> rollup(fields.addObject(), field));
		}
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
	}

	private static void indicator(ObjectNode node, ConceptItems.IndicatorItem item, PublishedMonitoring.Indicator values) {
		node.put("id", item.indicator().id().toString());
		node.put("fieldId", item.field().id().toString());
		node.put("goalId", item.goal().id().toString());
		OpenDataJson.text(node, "name", item.indicator().name());
		node.put("catalogueCode", values.catalogueCode());
		node.put("unit", values.unit());
		node.put("latestPeriod", values.latestPeriod() == null ? null : values.latestPeriod().toString());
		node.put("latestValue", values.latestValue());
		node.put("expectedForLatest", values.expectedForLatest());
		node.put("status", values.status().name());
		node.put("trend", values.trend().name());
		ArrayNode series = node.putArray("series");
		for (IndicatorProgress.Point point : values.series()) {
			var measured = values.value(point.period());
			ObjectNode entry = series.addObject();
			entry.put("period", point.period().toString());
			entry.put("actual", point.actual());
			entry.put("target", point.target());
			entry.put("source", measured.map(PublishedMonitoring.Value::source).orElse(null));
			entry.put("example", measured.map(PublishedMonitoring.Value::example).orElse(false));
		}
	}

	private static void rollup(ObjectNode node, PublishedMonitoring.Rollup rollup) {
		node.put("id", rollup.id().toString());
		node.put("progress", rollup.percent());
		node.put("measures", rollup.measures());
	}

	private record Row(ConceptItems.IndicatorItem item, PublishedMonitoring.Indicator values, IndicatorProgress.Point point) {
	}

	/** Every indicator of the edition in document order that the release has, with each period of its series. */
	private static List<Row> rows(PublishedEdition published, PublishedMonitoring.Release release) {
		List<Row> rows = new ArrayList<>();
		if (release == null) {
			return rows;
		}
		for (ConceptItems.IndicatorItem item : ConceptItems.indicators(published.edition())) {
			release.indicator(item.indicator().id())
				.ifPresent(values -> values.series().forEach(point -> rows.add(new Row(item, values, point))));
		}
		return rows;
	}
}
