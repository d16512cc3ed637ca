package de.integrationskonzept.monitoring.internal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import de.integrationskonzept.concepts.CatalogueIndicator;
import de.integrationskonzept.monitoring.BenchmarkComparison;
import de.integrationskonzept.monitoring.BenchmarkComparison.Distribution;
import de.integrationskonzept.monitoring.Benchmarks;
import de.integrationskonzept.monitoring.IndicatorChart;
import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.Period;
import de.integrationskonzept.monitoring.internal.domain.Normalisation;

/** What the benchmarking pages show, formatted the German way; charts built by {@link BoxPlot} and {@link LineChart}. */
final class BenchmarkViews {

	static final String TOO_FEW = Benchmarks.TOO_FEW + " (mindestens " + Benchmarks.MINIMUM_GROUP + ")";
	private static final IndicatorChart.Labels OWN_AND_MEDIAN = new IndicatorChart.Labels("Jahr", "Wert", "Ihr Wert", "Median aller Kommunen",
			"Ihr Wert (durchgezogen, mit Punkten)", "Median aller Kommunen (gestrichelt)", "Noch keine Werte", true);

	private BenchmarkViews() {
	}

	/** How a tenant shares a catalogue indicator: not at all, anonymously or by name. */
	enum Sharing {
		KEINE("nicht teilen", false, false), ANONYM("anonym teilen", true, false), NAMENTLICH("namentlich teilen", true, true);

		final String label;
		final boolean share;
		final boolean named;

		Sharing(String label, boolean share, boolean named) {
			this.label = label;
			this.share = share;
			this.named = named;
		}

		String value() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		String label() {
			return label;
		}

		static Sharing of(Benchmarks.OptIn optIn) {
			return optIn == null || !optIn.share() ? KEINE : optIn.named() ? NAMENTLICH : ANONYM;
		}

		/** The choice sent by the form, or null for anything else. */
		static Sharing parse(String value) {
			for (Sharing sharing : values()) {
				if (sharing.value().equals(value)) {
					return sharing;
				}
			}
			return null;
		}
	}

	record OptInRow(String code, String name, String definition, String normalisation, boolean comparable, String normalisationText,
			String sharing, String sharingLabel, int published, String changedAt) {
	}

	record GroupView(String id, String name, int n, boolean enough, String message, String min, String q1, String median, String q3,
			String max, String position, String shortPosition, String chart, List<NamedRow> named) {
	}

	record NamedRow(String name, String value) {
	}

	record YearRow(int year, String own, int n, String median) {
	}

	record CoverageRow(String code, String name, List<String> tenants) {
	}

	static List<OptInRow> optIns(List<CatalogueIndicator> catalogue, Map<String, Benchmarks.OptIn> optIns) {
		return catalogue.stream().map(entry -> {
			Benchmarks.OptIn optIn = optIns.get(entry.code());
			Sharing sharing = Sharing.of(optIn);
			return new OptInRow(entry.code(), entry.name().german(), entry.definition() == null ? null : entry.definition().german(),
					entry.normalisation(), Normalisation.of(entry.normalisation()).isPresent(), normalisation(entry.normalisation()),
					sharing.value(), sharing.label(), optIn == null ? 0 : optIn.published(),
					optIn == null ? null : GermanDates.format(optIn.changedAt()));
		}).toList();
	}

	/** What the catalogue's rule does to a value before it is compared. */
	static String normalisation(String rule) {
		return Normalisation.of(rule).map(normalisation -> normalisation.needsPopulation()
				? "Der Wert wird durch die Einwohnerzahl der Kommune geteilt und auf „" + normalisation.rule()
						+ "“ umgerechnet, damit große und kleine Kommunen vergleichbar sind. Grundlage ist die im Register hinterlegte Einwohnerzahl."
				: "Ein Anteil in Prozent (" + normalisation.rule() + ") wird unverändert verglichen.")
			.orElse("Der Katalog nennt für diesen Indikator keine Normierung (Prozent oder je 1.000 Einwohner); er kann nicht verglichen werden.");
	}

	static List<GroupView> groups(BenchmarkComparison comparison, String unit) {
		List<Distribution> all = new ArrayList<>();
		all.add(comparison.all());
		all.addAll(comparison.peerGroups());
		BoxPlot.Range range = BoxPlot.Range.of(all, comparison.ownValue());
		List<GroupView> views = new ArrayList<>();
		for (int index = 0; index < all.size(); index++) {
			Distribution group = all.get(index);
			String id = "gruppe-" + index;
			if (!group.enough()) {
				views.add(new GroupView(id, group.group(), group.n(), false, TOO_FEW, null, null, null, null, null, null, null, null, List.of()));
				continue;
			}
			views.add(new GroupView(id, group.group(), group.n(), true, null, GermanNumbers.format(group.min()), GermanNumbers.format(group.q1()),
					GermanNumbers.format(group.median()), GermanNumbers.format(group.q3()), GermanNumbers.format(group.max()),
					position(group.ownPercentile()), shortPosition(group.ownPercentile()), BoxPlot.svg("boxplot-" + index, group, comparison.ownValue(), unit, range),
					group.namedPoints().stream().map(point -> new NamedRow(point.name(), GermanNumbers.format(point.value()))).toList()));
		}
		return views;
	}

	/** The own position in words, neutral about whether higher is better. */
	static String position(BigDecimal percentile) {
		if (percentile == null) {
			return null;
		}
		return "Ihr Wert liegt " + shortPosition(percentile) + " der vergleichbaren Kommunen dieser Gruppe.";
	}

	/** The same for the table: "höher als bei 62 %". */
	static String shortPosition(BigDecimal percentile) {
		return percentile == null ? null : "höher als bei " + percentile.setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
	}

	static List<YearRow> series(BenchmarkComparison comparison) {
		return comparison.series().stream().map(point -> new YearRow(point.year(), GermanNumbers.format(point.ownValue()), point.n(),
				point.median() == null ? null : GermanNumbers.format(point.median()))).toList();
	}

	static String seriesChart(BenchmarkComparison comparison, String name, String unit) {
		List<IndicatorProgress.Point> points = comparison.series().stream()
			.map(point -> new IndicatorProgress.Point(Period.ofYear(point.year()), point.ownValue(), point.median())).toList();
		return LineChart.svg("verlauf-" + comparison.code(), "Ihr Wert und Median über die Jahre: " + name,
				"Liniendiagramm Ihres Werts (durchgezogen) und des Medians aller teilenden Kommunen (gestrichelt) je Jahr"
						+ (unit == null ? "" : " in " + unit) + "; ein Median steht nur für Jahre mit mindestens " + Benchmarks.MINIMUM_GROUP
						+ " Kommunen. Dieselben Zahlen stehen in der Tabelle.",
				unit, points, OWN_AND_MEDIAN);
	}

	/** The years to choose from: every year with shared values and the one shown, newest first. */
	static List<Integer> years(BenchmarkComparison comparison) {
		TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
		comparison.series().forEach(point -> years.add(point.year()));
		years.add(comparison.year());
		return List.copyOf(years);
	}

	/** The latest year with an own value, else the latest with any shared value, else {@code fallback}. */
	static int defaultYear(BenchmarkComparison comparison, int fallback) {
		return comparison.series().stream().filter(point -> point.ownValue() != null).mapToInt(BenchmarkComparison.YearPoint::year).max()
			.orElse(comparison.series().stream().mapToInt(BenchmarkComparison.YearPoint::year).max().orElse(fallback));
	}

	static List<Integer> coverageYears(List<Benchmarks.Coverage> coverage) {
		return coverage.stream().map(Benchmarks.Coverage::year).distinct().sorted().toList();
	}

	/** Per catalogue entry the number of sharing tenants in each of {@code years} ("–" for none). */
	static List<CoverageRow> coverage(List<CatalogueIndicator> catalogue, List<Benchmarks.Coverage> coverage, List<Integer> years) {
		return catalogue.stream().map(entry -> new CoverageRow(entry.code(), entry.name().german(), years.stream()
			.map(year -> coverage.stream().filter(c -> c.code().equals(entry.code()) && c.year() == year).findFirst()
				.map(c -> c.tenants() < Benchmarks.MINIMUM_GROUP ? c.tenants() + " (unter " + Benchmarks.MINIMUM_GROUP + ")"
						: String.valueOf(c.tenants()))
				.orElse("–"))
			.toList())).toList();
	}
}
