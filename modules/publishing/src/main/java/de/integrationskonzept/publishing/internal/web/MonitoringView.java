package de.integrationskonzept.publishing.internal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.monitoring.IndicatorChart;
import de.integrationskonzept.monitoring.PublishedMonitoring;

/**
 * The released monitoring values of the shown edition, formatted for the public pages in the page's language:
 * per indicator the latest IST with its period, SOLL, status (text and symbol, never colour alone), trend, the
 * chart and the same numbers as rows of a table; per goal, measure and field the progress of the measures.
 * Public only because the template engine reads it by reflection.
 */
public final class MonitoringView {

	private final PublishedMonitoring.Release release;
	private final SiteView site;
	private final MessageSource messages;
	private final Locale locale;

	MonitoringView(PublishedMonitoring.Release release, SiteView site, MessageSource messages, Locale locale) {
		this.release = release;
		this.site = site;
		this.messages = messages;
		this.locale = locale;
	}

	/** An indicator's values as the page shows them. */
	public record IndicatorValues(Edition.Indicator indicator, String latest, String period, String target, String status,
			String symbol, String trend, String source, boolean example, String chart, List<Row> rows) {
	}

	/** One period of the table beside the chart. */
	public record Row(String period, String actual, String target) {
	}

	/** When the values were released (dd.MM.yyyy). */
	public String releasedOn() {
		return site.date(release.releasedAt());
	}

	/** The goal's indicators that have released values, in the order of the concept. */
	public List<IndicatorValues> indicators(Edition.Goal goal) {
		return goal.indicators().stream()
			.flatMap(indicator -> release.indicator(indicator.id()).map(values -> values(indicator, values)).stream()).toList();
	}

	/** Progress of the measures serving the goal, e.g. {@code 42,5 %}; null when no measure serves it. */
	public String goalProgress(Edition.Goal goal) {
		return percent(release.goal(goal.id()));
	}

	public String fieldProgress(Edition.Field field) {
		return percent(release.field(field.id()));
	}

	/** A measure's released status and percent, e.g. {@code laufend, 50 %}; null if the release has none. */
	public String measure(Edition.Measure measure) {
		return release.measure(measure.id())
			.map(m -> message("site.measure.status." + m.status().name()) + ", " + m.percent() + " %").orElse(null);
	}

	/** A period in words for readers ("1. Halbjahr 2024"); open data keeps the machine form ("2024-H1"). */
	String period(de.integrationskonzept.monitoring.Period period) {
		String year = String.valueOf(period.year());
		return switch (period.part()) {
			case YEAR -> year;
			case HALF -> message("site.monitoring.period.half", String.valueOf(period.number()), year);
			case QUARTER -> message("site.monitoring.period.quarter", String.valueOf(period.number()), year);
		};
	}

	private IndicatorValues values(Edition.Indicator indicator, PublishedMonitoring.Indicator values) {
		String name = site.text(indicator.name());
		String chartId = "werte-" + indicator.id();
		String chart = IndicatorChart.svg(chartId, message("site.monitoring.chart.title", name),
				message("site.monitoring.chart.description"), values.unit(), values.series(), labels());
		List<Row> rows = values.series().stream()
			.map(point -> new Row(period(point.period()), site.number(point.actual()), computed(point.target()))).toList();
		return new IndicatorValues(indicator, values.latestValue() == null ? null : withUnit(site.number(values.latestValue()), values.unit()),
				values.latestPeriod() == null ? null : period(values.latestPeriod()),
				values.expectedForLatest() == null ? null : withUnit(computed(values.expectedForLatest()), values.unit()),
				message("site.monitoring.status." + values.status().name()), values.status().symbol(),
				message("site.monitoring.trend." + values.trend().name()), values.latestSource(), values.latestExample(), chart, rows);
	}

	private IndicatorChart.Labels labels() {
		return new IndicatorChart.Labels(message("site.monitoring.period"), message("site.monitoring.value"), message("site.monitoring.actual"),
				message("site.monitoring.target"), message("site.monitoring.chart.actualLegend"), message("site.monitoring.chart.targetLegend"),
				message("site.monitoring.chart.noValues"), "de".equals(site.htmlLang()));
	}

	/** A computed value (the SOLL path) to two decimals: its full precision means nothing to a reader. */
	private String computed(BigDecimal value) {
		return value == null ? "" : site.number(value.setScale(2, RoundingMode.HALF_UP));
	}

	private String percent(Optional<PublishedMonitoring.Rollup> rollup) {
		return rollup.filter(r -> r.percent() != null).map(r -> site.number(r.percent()) + " %").orElse(null);
	}

	private static String withUnit(String value, String unit) {
		return unit == null || unit.isBlank() ? value : value + " " + unit;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
