package de.integrationskonzept.monitoring.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.monitoring.IndicatorChart;

import de.integrationskonzept.monitoring.IndicatorProgress.Point;
import de.integrationskonzept.monitoring.Period;

class LineChartTests {

	private static Point point(int year, String actual, String target) {
		return new Point(Period.ofYear(year), actual == null ? null : new BigDecimal(actual), target == null ? null : new BigDecimal(target));
	}

	@Test
	void everyTextIsEscapedAndTheChartIsAnAccessibleImage() {
		String svg = LineChart.svg("d<1>\"", "IST <script>alert(1)</script> & \"SOLL\"", "Beschreibung 'x' <b>", "<%>",
				List.of(point(2022, "70", "72"), point(2023, "74", "75")));

		assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"d1-title d1-desc\"", "<title id=\"d1-title\">",
				"<desc id=\"d1-desc\">");
		assertThat(svg).contains("IST &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;SOLL&quot;", "Beschreibung &#39;x&#39; &lt;b&gt;",
				"Wert (&lt;%&gt;)");
		assertThat(svg).doesNotContain("<script", "<b>", "<%>");
		assertThat(svg).contains("stroke-dasharray=\"6 4\"", "Zeitraum", ">2022<", ">2023<", "2023: IST 74, SOLL 75");
	}

	@Test
	void valuesAreScaledIntoTheDrawingAreaWithTheHighestValueOnTop() {
		String svg = LineChart.svg("d", "t", "d", "%", List.of(point(2021, "10", null), point(2022, "20", null), point(2023, "30", null)));

		List<double[]> points = circles(svg);
		assertThat(points).hasSize(3);
		double top = LineChart.TOP;
		double bottom = LineChart.HEIGHT - LineChart.BOTTOM;
		assertThat(points.getFirst()[0]).isEqualTo(LineChart.LEFT);
		assertThat(points.getLast()[0]).isEqualTo(LineChart.WIDTH - LineChart.RIGHT);
		// 10 % padding of the span above and below: 10 → 1/12 above the bottom, 30 → 1/12 below the top.
		double span = bottom - top;
		assertThat(points.get(0)[1]).isCloseTo(bottom - span / 12, org.assertj.core.data.Offset.offset(0.1));
		assertThat(points.get(1)[1]).isCloseTo(top + span / 2, org.assertj.core.data.Offset.offset(0.1));
		assertThat(points.get(2)[1]).isCloseTo(top + span / 12, org.assertj.core.data.Offset.offset(0.1));
		assertThat(svg).doesNotContain("class=\"soll\"");
	}

	@Test
	void aMissingValueInterruptsTheLineAndASingleValueStaysInside() {
		String gap = LineChart.svg("d", "t", "d", null, List.of(point(2021, "1", null), point(2022, null, null), point(2023, "3", null)));
		Matcher path = Pattern.compile("class=\"ist\" d=\"([^\"]*)\"").matcher(gap);
		assertThat(path.find()).isTrue();
		assertThat(path.group(1)).startsWith("M").contains(" M").doesNotContain("L");

		String single = LineChart.svg("d", "t", "d", null, List.of(point(2024, "5", "5")));
		double[] only = circles(single).getFirst();
		assertThat(only[0]).isBetween((double) LineChart.LEFT, (double) LineChart.WIDTH - LineChart.RIGHT);
		assertThat(only[1]).isBetween((double) LineChart.TOP, (double) LineChart.HEIGHT - LineChart.BOTTOM);
	}

	@Test
	void anEmptySeriesSaysSoInsteadOfDrawingAxes() {
		for (List<Point> empty : List.of(List.<Point>of(), List.of(point(2023, null, null)))) {
			String svg = LineChart.svg("d", "Titel", "Beschreibung", "%", empty);
			assertThat(svg).contains("role=\"img\"", "<title id=\"d-title\">Titel</title>", "Noch keine Werte").endsWith("</svg>");
			assertThat(svg).doesNotContain("<path", "<circle");
		}
	}

	@Test
	void theLinesCanBeNamedOtherwiseAndTheirNamesAreEscaped() {
		String svg = LineChart.svg("d", "t", "d", "%", List.of(point(2023, "12", "10")),
				new IndicatorChart.Labels("Jahr", "Wert", "Ihr <Wert>", "Median & Co", "Ihr <Wert> (durchgezogen, mit Punkten)",
						"Median & Co (gestrichelt)", "Noch keine Werte", true));

		assertThat(svg).contains("Ihr &lt;Wert&gt; (durchgezogen, mit Punkten)", "Median &amp; Co (gestrichelt)", ">Jahr</text>",
				"2023: Ihr &lt;Wert&gt; 12, Median &amp; Co 10").doesNotContain("IST", "SOLL", "Zeitraum", "<Wert>");
	}

	private static List<double[]> circles(String svg) {
		Matcher matcher = Pattern.compile("<circle class=\"ist-punkt\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"").matcher(svg);
		List<double[]> points = new java.util.ArrayList<>();
		while (matcher.find()) {
			points.add(new double[] { Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)) });
		}
		return points;
	}
}
