package de.integrationskonzept.monitoring.internal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import de.integrationskonzept.monitoring.IndicatorChart.Labels;
import de.integrationskonzept.monitoring.IndicatorProgress.Point;

/**
 * A server-side SVG line chart of an indicator: IST as a solid line with a marked point per value,
 * SOLL as a dashed line, labelled axes and a legend that names the line styles (so nothing is
 * told by colour alone). The markup is built here, not in a template, and every text in it is
 * escaped; pages always show the same numbers as a table next to it.
 */
public final class LineChart {

	static final int WIDTH = 640;
	static final int HEIGHT = 320;
	static final int LEFT = 70;
	static final int RIGHT = 20;
	static final int TOP = 40;
	static final int BOTTOM = 60;
	private static final int TICKS = 5;

	private LineChart() {
	}

	/**
	 * @param id          a prefix for the ids of title and description (letters, digits and dashes are kept)
	 * @param unit        the unit of the values, for the y-axis label (may be null)
	 * @param points      the periods in order; values may be missing
	 */
	static String svg(String id, String title, String description, String unit, List<Point> points) {
		return svg(id, title, description, unit, points, Labels.GERMAN);
	}

	/** The same in another language ({@link de.integrationskonzept.monitoring.IndicatorChart} is the entry point for other modules). */
	public static String svg(String id, String title, String description, String unit, List<Point> points, Labels labels) {
		String safeId = id.replaceAll("[^A-Za-z0-9-]", "");
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"line-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
			.append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" aria-labelledby=\"")
			.append(safeId).append("-title ").append(safeId).append("-desc\">");
		svg.append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description)).append("</desc>");
		List<BigDecimal> values = points.stream().flatMap(point -> java.util.stream.Stream.of(point.actual(), point.target()))
			.filter(Objects::nonNull).toList();
		if (points.isEmpty() || values.isEmpty()) {
			svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
				.append("\" text-anchor=\"middle\">").append(escape(labels.noValues())).append("</text></svg>");
			return svg.toString();
		}
		Scale scale = Scale.of(values, points.size());
		axes(svg, scale, unit, points, labels);
		line(svg, points, Point::target, scale, "soll", "stroke-dasharray=\"6 4\"");
		line(svg, points, Point::actual, scale, "ist", "");
		for (int index = 0; index < points.size(); index++) {
			Point point = points.get(index);
			if (point.actual() != null) {
				svg.append("<circle class=\"ist-punkt\" cx=\"").append(scale.x(index)).append("\" cy=\"").append(scale.y(point.actual()))
					.append("\" r=\"4\" fill=\"currentColor\"><title>").append(escape(point.period() + ": " + labels.actual() + " " + number(GermanNumbers.format(point.actual()), labels)
							+ (point.target() == null ? "" : ", " + labels.target() + " " + number(GermanNumbers.formatComputed(point.target()), labels))))
					.append("</title></circle>");
			}
		}
		legend(svg, labels);
		return svg.append("</svg>").toString();
	}

	/** Where values and periods go on the drawing area. */
	record Scale(double min, double max, int count) {

		static Scale of(List<BigDecimal> values, int count) {
			double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElseThrow();
			double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElseThrow();
			double padding = max == min ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.1;
			return new Scale(min - padding, max + padding, count);
		}

		String x(int index) {
			double width = WIDTH - LEFT - RIGHT;
			return round(count == 1 ? LEFT + width / 2 : LEFT + width * index / (count - 1));
		}

		String y(BigDecimal value) {
			return y(value.doubleValue());
		}

		String y(double value) {
			double height = HEIGHT - TOP - BOTTOM;
			return round(TOP + height * (max - value) / (max - min));
		}
	}

	private static void axes(StringBuilder svg, Scale scale, String unit, List<Point> points, Labels labels) {
		int bottom = HEIGHT - BOTTOM;
		svg.append("<g class=\"achsen\" stroke=\"currentColor\"><line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"")
			.append(LEFT).append("\" y2=\"").append(bottom).append("\"/><line x1=\"").append(LEFT).append("\" y1=\"").append(bottom)
			.append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\"/></g>");
		svg.append("<g class=\"beschriftung\" font-size=\"12\">");
		for (int tick = 0; tick <= TICKS; tick++) {
			double value = scale.min() + (scale.max() - scale.min()) * tick / TICKS;
			svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(scale.y(value)).append("\" text-anchor=\"end\" dy=\"4\">")
				.append(escape(number(GermanNumbers.format(BigDecimal.valueOf(value).setScale(decimals(scale), java.math.RoundingMode.HALF_UP)), labels)))
				.append("</text>");
		}
		int every = Math.max(1, (points.size() + 9) / 10);
		for (int index = 0; index < points.size(); index += every) {
			svg.append("<text x=\"").append(scale.x(index)).append("\" y=\"").append(bottom + 18).append("\" text-anchor=\"middle\">")
				.append(escape(points.get(index).period().toString())).append("</text>");
		}
		svg.append("<text x=\"").append(LEFT + (WIDTH - LEFT - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 22)
			.append("\" text-anchor=\"middle\">").append(escape(labels.periodAxis())).append("</text>");
		svg.append("<text transform=\"rotate(-90)\" x=\"").append(-(TOP + (HEIGHT - TOP - BOTTOM) / 2)).append("\" y=\"16\" text-anchor=\"middle\">")
			.append(escape(unit == null || unit.isBlank() ? labels.valueAxis() : labels.valueAxis() + " (" + unit + ")")).append("</text></g>");
	}

	private static int decimals(Scale scale) {
		double step = (scale.max() - scale.min()) / TICKS;
		return step >= 10 ? 0 : step >= 1 ? 1 : 2;
	}

	/** A path through the values present; a missing value interrupts the line. */
	private static void line(StringBuilder svg, List<Point> points, Function<Point, BigDecimal> value, Scale scale, String name, String style) {
		List<String> segments = new ArrayList<>();
		boolean drawing = false;
		for (int index = 0; index < points.size(); index++) {
			BigDecimal v = value.apply(points.get(index));
			if (v == null) {
				drawing = false;
				continue;
			}
			segments.add((drawing ? "L" : "M") + scale.x(index) + " " + scale.y(v));
			drawing = true;
		}
		if (!segments.isEmpty()) {
			svg.append("<path class=\"").append(name).append("\" d=\"").append(String.join(" ", segments))
				.append("\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" ").append(style).append("/>");
		}
	}

	/** German numbers carry no grouping, so the comma is only ever the decimal separator. */
	private static String number(String german, Labels labels) {
		return labels.decimalComma() ? german : german.replace(',', '.');
	}

	private static void legend(StringBuilder svg, Labels labels) {
		// The second entry starts after the first one's text (about 7 px a character at this size).
		int second = LEFT + Math.max(260, 36 + 7 * labels.actualLegend().length());
		svg.append("<g class=\"legende\" font-size=\"12\">")
			.append("<line x1=\"").append(LEFT).append("\" y1=\"16\" x2=\"").append(LEFT + 30)
			.append("\" y2=\"16\" stroke=\"currentColor\" stroke-width=\"2\"/><circle cx=\"").append(LEFT + 15)
			.append("\" cy=\"16\" r=\"4\" fill=\"currentColor\"/><text x=\"").append(LEFT + 36).append("\" y=\"20\">").append(escape(labels.actualLegend())).append("</text>")
			.append("<line x1=\"").append(second).append("\" y1=\"16\" x2=\"").append(second + 30)
			.append("\" y2=\"16\" stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"").append(second + 36)
			.append("\" y=\"20\">").append(escape(labels.targetLegend())).append("</text></g>");
	}

	static String round(double value) {
		return String.format(java.util.Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
