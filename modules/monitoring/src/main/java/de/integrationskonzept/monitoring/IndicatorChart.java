package de.integrationskonzept.monitoring;

import java.util.List;

import de.integrationskonzept.monitoring.internal.web.LineChart;

/**
 * The IST/SOLL line chart of the monitoring staff pages, for other modules' pages (the public site): server-side
 * SVG with {@code role="img"}, title and description, labelled axes and a legend naming the line styles. Every text
 * is escaped, so the markup may be inserted unescaped. Pages must show the same numbers as a table next to it.
 */
public final class IndicatorChart {

	private IndicatorChart() {
	}

	/**
	 * The texts inside the chart, in the page's language.
	 * @param decimalComma whether numbers are written with a decimal comma (German) or point
	 */
	public record Labels(String periodAxis, String valueAxis, String actual, String target, String actualLegend, String targetLegend,
			String noValues, boolean decimalComma) {

		public static final Labels GERMAN = new Labels("Zeitraum", "Wert", "IST", "SOLL", "IST (durchgezogen, mit Punkten)",
				"SOLL (gestrichelt)", "Noch keine Werte", true);
	}

	/**
	 * @param id     a prefix for the ids of title and description, unique on the page
	 * @param unit   the unit of the values, for the y-axis label (may be null)
	 * @param points the periods in order; values may be missing
	 */
	public static String svg(String id, String title, String description, String unit, List<IndicatorProgress.Point> points, Labels labels) {
		return LineChart.svg(id, title, description, unit, points, labels);
	}
}
