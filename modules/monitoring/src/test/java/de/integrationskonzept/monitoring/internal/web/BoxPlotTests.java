package de.integrationskonzept.monitoring.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.monitoring.BenchmarkComparison.Distribution;

class BoxPlotTests {

	private static Distribution group(String name, String min, String q1, String median, String q3, String max) {
		return new Distribution(name, 7, true, null, new BigDecimal(min), new BigDecimal(q1), new BigDecimal(median), new BigDecimal(q3),
				new BigDecimal(max), null, List.of());
	}

	private static double x(String svg, String element, String name, String attribute) {
		Matcher matcher = Pattern.compile("<" + element + " class=\"" + name + "\"[^>]*? " + attribute + "=\"([-0-9.]+)\"").matcher(svg);
		assertThat(matcher.find()).as(name).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

	@Test
	void everyTextIsEscapedAndThePlotIsAnAccessibleImage() {
		Distribution group = group("Bundesland: <script>alert(1)</script> & \"Ort\"", "1", "2", "3", "4", "5");
		String svg = BoxPlot.svg("b<1>\"", group, new BigDecimal("2.5"), "<%>", BoxPlot.Range.of(List.of(group), null));

		assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"b1-title b1-desc\"", "<title id=\"b1-title\">",
				"<desc id=\"b1-desc\">");
		assertThat(svg).contains("Verteilung: Bundesland: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ort&quot;", "(&lt;%&gt;)");
		assertThat(svg).doesNotContain("<script", "<%>");
		assertThat(svg).contains("Minimum 1, unteres Quartil 2, Median 3, oberes Quartil 4, Maximum 5", "Ihr Wert: 2,5",
				"Ihr Wert 2,5 ist mit einem Dreieck markiert");
	}

	@Test
	void minimumQuartilesMedianAndMaximumArePlacedInOrderAndTheOwnValueWhereItBelongs() {
		Distribution group = group("Alle", "10", "20", "25", "40", "90");
		String svg = BoxPlot.svg("b", group, new BigDecimal("30"), "%", BoxPlot.Range.of(List.of(group), new BigDecimal("30")));

		double min = x(svg, "line", "minimum", "x1");
		double q1 = x(svg, "rect", "quartile", "x");
		double q3 = q1 + x(svg, "rect", "quartile", "width");
		double median = x(svg, "line", "median", "x1");
		double max = x(svg, "line", "maximum", "x1");
		double own = x(svg, "line", "eigener-wert-linie", "x1");
		assertThat(min).isGreaterThanOrEqualTo(BoxPlot.LEFT).isLessThan(q1);
		assertThat(q1).isLessThan(median);
		assertThat(median).isLessThan(own);
		assertThat(own).isLessThan(q3);
		assertThat(q3).isLessThan(max);
		assertThat(max).isLessThanOrEqualTo(BoxPlot.WIDTH - BoxPlot.RIGHT);
		// A linear scale: the box (20 to 40) is twice as wide as the distance from the minimum (10 to 20).
		assertThat(q3 - q1).isCloseTo(2 * (q1 - min), org.assertj.core.data.Offset.offset(0.2));
	}

	@Test
	void withoutAnOwnValueNothingIsMarkedAndGroupsShareOneScale() {
		Distribution wide = group("Alle", "0", "10", "20", "30", "100");
		Distribution narrow = group("Bundesland: Hessen", "10", "15", "20", "25", "30");
		BoxPlot.Range range = BoxPlot.Range.of(List.of(wide, narrow), null);
		String svg = BoxPlot.svg("b", narrow, null, null, range);

		assertThat(svg).doesNotContain("eigener-wert", "Ihr Wert:").contains("keinen Wert geteilt");
		assertThat(x(svg, "line", "median", "x1")).isEqualTo(x(BoxPlot.svg("c", wide, null, null, range), "line", "median", "x1"));
	}
}
