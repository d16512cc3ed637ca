package de.integrationskonzept.monitoring.internal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import de.integrationskonzept.monitoring.BenchmarkComparison.Distribution;

/**
 * A server-side SVG box plot of one comparison group: a line from minimum to maximum, a box from
 * the lower to the upper quartile, a thick line at the median and, if the tenant shares a value,
 * a triangle with the label "Ihr Wert" above a dotted line at its place (shape and text, not
 * colour). All plots of a page share one {@link Range}, so their positions can be compared. The
 * markup is built here and every text in it is escaped; the page shows the same numbers as a table.
 */
final class BoxPlot {

	static final int WIDTH = 640;
	static final int HEIGHT = 150;
	static final int LEFT = 30;
	static final int RIGHT = 30;
	private static final int BOX_TOP = 55;
	private static final int BOX_BOTTOM = 95;
	private static final int AXIS = 115;
	private static final int TICKS = 5;

	private BoxPlot() {
	}

	/** The values shown on the x-axis, from {@code min} to {@code max}. */
	record Range(double min, double max) {

		/** The span of every group's minimum and maximum and the own value, with a little room on both sides. */
		static Range of(List<Distribution> groups, BigDecimal own) {
			List<Double> values = Stream.concat(groups.stream().filter(Distribution::enough).flatMap(group -> Stream.of(group.min(), group.max())),
					Stream.of(own)).filter(Objects::nonNull).map(BigDecimal::doubleValue).toList();
			double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
			double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
			double padding = max == min ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.05;
			return new Range(min - padding, max + padding);
		}

		double x(BigDecimal value) {
			return x(value.doubleValue());
		}

		double x(double value) {
			return LEFT + (WIDTH - LEFT - RIGHT) * (value - min) / (max - min);
		}
	}

	/**
	 * @param id    a prefix for the ids of title and description (letters, digits and dashes are kept)
	 * @param group a group with enough tenants (callers show the "too few" text instead of a plot)
	 * @param own   the own value, or null when the tenant shares none for the year
	 */
	static String svg(String id, Distribution group, BigDecimal own, String unit, Range range) {
		String safeId = id.replaceAll("[^A-Za-z0-9-]", "");
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"box-plot\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
			.append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" aria-labelledby=\"")
			.append(safeId).append("-title ").append(safeId).append("-desc\">");
		svg.append("<title id=\"").append(safeId).append("-title\">").append(LineChart.escape("Verteilung: " + group.group())).append("</title>");
		svg.append("<desc id=\"").append(safeId).append("-desc\">").append(LineChart.escape(description(group, own, unit))).append("</desc>");
		axis(svg, range);
		int middle = (BOX_TOP + BOX_BOTTOM) / 2;
		svg.append("<g stroke=\"currentColor\" stroke-width=\"2\">");
		line(svg, "spanne", range.x(group.min()), middle, range.x(group.max()), middle, "");
		line(svg, "minimum", range.x(group.min()), BOX_TOP + 8, range.x(group.min()), BOX_BOTTOM - 8, "");
		line(svg, "maximum", range.x(group.max()), BOX_TOP + 8, range.x(group.max()), BOX_BOTTOM - 8, "");
		svg.append("<rect class=\"quartile\" x=\"").append(LineChart.round(range.x(group.q1()))).append("\" y=\"").append(BOX_TOP)
			.append("\" width=\"").append(LineChart.round(range.x(group.q3()) - range.x(group.q1()))).append("\" height=\"")
			.append(BOX_BOTTOM - BOX_TOP).append("\" fill=\"none\"/>");
		line(svg, "median", range.x(group.median()), BOX_TOP, range.x(group.median()), BOX_BOTTOM, " stroke-width=\"5\"");
		svg.append("</g>");
		if (own != null) {
			double x = range.x(own);
			svg.append("<g class=\"eigener-wert\">");
			line(svg, "eigener-wert-linie", x, BOX_TOP - 12, x, BOX_BOTTOM + 4, " stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"2 3\"");
			svg.append("<polygon points=\"").append(LineChart.round(x - 7)).append(",28 ").append(LineChart.round(x + 7)).append(",28 ")
				.append(LineChart.round(x)).append(",42\" fill=\"currentColor\"/>");
			String anchor = x < WIDTH / 4.0 ? "start" : x > WIDTH * 3 / 4.0 ? "end" : "middle";
			svg.append("<text x=\"").append(LineChart.round(x)).append("\" y=\"20\" font-size=\"12\" text-anchor=\"").append(anchor).append("\">")
				.append(LineChart.escape("Ihr Wert: " + GermanNumbers.format(own))).append("</text></g>");
		}
		return svg.append("</svg>").toString();
	}

	static String description(Distribution group, BigDecimal own, String unit) {
		String in = unit == null || unit.isBlank() ? "" : " (" + unit + ")";
		return "Kastengrafik" + in + " für " + group.n() + " Kommunen: Minimum " + GermanNumbers.format(group.min()) + ", unteres Quartil "
				+ GermanNumbers.format(group.q1()) + ", Median " + GermanNumbers.format(group.median()) + ", oberes Quartil "
				+ GermanNumbers.format(group.q3()) + ", Maximum " + GermanNumbers.format(group.max()) + ". "
				+ (own == null ? "Ihre Kommune hat für dieses Jahr keinen Wert geteilt." : "Ihr Wert " + GermanNumbers.format(own) + " ist mit einem Dreieck markiert.")
				+ " Dieselben Zahlen stehen in der Tabelle.";
	}

	private static void line(StringBuilder svg, String name, double x1, int y1, double x2, int y2, String style) {
		svg.append("<line class=\"").append(name).append("\" x1=\"").append(LineChart.round(x1)).append("\" y1=\"").append(y1).append("\" x2=\"")
			.append(LineChart.round(x2)).append("\" y2=\"").append(y2).append('"').append(style).append("/>");
	}

	private static void axis(StringBuilder svg, Range range) {
		svg.append("<g class=\"achse\" font-size=\"12\"><line x1=\"").append(LEFT).append("\" y1=\"").append(AXIS).append("\" x2=\"")
			.append(WIDTH - RIGHT).append("\" y2=\"").append(AXIS).append("\" stroke=\"currentColor\"/>");
		double step = (range.max() - range.min()) / TICKS;
		int decimals = step >= 10 ? 0 : step >= 1 ? 1 : step >= 0.1 ? 2 : 4;
		for (int tick = 0; tick <= TICKS; tick++) {
			double value = range.min() + step * tick;
			String x = LineChart.round(range.x(value));
			svg.append("<line x1=\"").append(x).append("\" y1=\"").append(AXIS).append("\" x2=\"").append(x).append("\" y2=\"").append(AXIS + 5)
				.append("\" stroke=\"currentColor\"/><text x=\"").append(x).append("\" y=\"").append(AXIS + 20).append("\" text-anchor=\"middle\">")
				.append(LineChart.escape(GermanNumbers.format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)))).append("</text>");
		}
		svg.append("</g>");
	}
}
