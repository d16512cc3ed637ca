package de.integrationskonzept.monitoring.internal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.monitoring.FundedProject;
import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.MeasureProgress;
import de.integrationskonzept.monitoring.YearlyReports;
import de.integrationskonzept.monitoring.internal.ReportData;
import de.integrationskonzept.monitoring.internal.domain.ProgressRollup;

/** Turns {@link ReportData} into the {@link ReportView} the report template shows. */
final class ReportViews {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(BERLIN);
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'").withZone(BERLIN);

	private ReportViews() {
	}

	/** @param charts false for the PDF, which shows the tables only (its renderer draws no SVG) */
	static ReportView of(ReportData data, boolean charts) {
		List<ReportView.Field> fields = data.fields().stream().map(field -> field(data, field, charts)).toList();
		return new ReportView(data.tenantName(), data.editionTitle(), data.year(),
				data.frozen() ? "Eingefroren am " + DATE_TIME.format(data.asOf()) : "Entwurf – zeigt die aktuellen Daten (Stand " + DATE_TIME.format(data.asOf()) + ")",
				DATE_TIME.format(data.asOf()), data.comments().get(YearlyReports.SUMMARY), MonitoringViews.counts(data.indicators()),
				data.indicators().size(), MeasurePages.percent(overall(data.measures().measures())), measureCounts(data.measures().measures()), fields,
				indicatorChanges(data), measureChanges(data), entries(data));
	}

	private static ReportView.Field field(ReportData data, ReportData.Field field, boolean charts) {
		Map<UUID, MeasureProgress.Rollup> goalRollups = data.measures().goals().stream()
			.collect(Collectors.toMap(MeasureProgress.Rollup::id, Function.identity(), (a, b) -> a));
		List<ReportView.Goal> goals = new ArrayList<>();
		for (int i = 0; i < field.goalIds().size(); i++) {
			MeasureProgress.Rollup rollup = goalRollups.get(field.goalIds().get(i));
			goals.add(new ReportView.Goal(field.goalTitles().get(i), MeasurePages.percent(rollup == null ? null : rollup.percent()),
					rollup == null ? 0 : rollup.measures()));
		}
		String progress = data.measures().fields().stream().filter(rollup -> rollup.id().equals(field.id())).findFirst()
			.map(rollup -> MeasurePages.percent(rollup.percent())).orElse("–");
		List<ReportView.Indicator> indicators = data.indicators().stream().filter(p -> p.fieldName().equals(field.name()))
			.map(p -> indicator(p, charts)).toList();
		List<ReportView.Measure> measures = data.measures().measures().stream().filter(m -> m.fieldNames().contains(field.name()))
			.map(m -> new ReportView.Measure(m.title(), MeasurePages.label(m.status()), m.percent() + " %")).toList();
		List<ReportView.Project> projects = data.projects().stream().filter(p -> p.goalIds().stream().anyMatch(field.goalIds()::contains))
			.map(p -> project(p, field.goalIds())).toList();
		return new ReportView.Field("feld-" + field.id(), field.name(), data.comments().get(field.id().toString()), progress, goals, indicators,
				measures, projects);
	}

	private static ReportView.Indicator indicator(IndicatorProgress p, boolean charts) {
		MonitoringViews.IndicatorRow row = MonitoringViews.row(p);
		String chart = charts && !p.series().isEmpty() ? LineChart.svg("bericht-" + p.indicatorId(), "IST und SOLL: " + p.name(),
				MonitoringPages.description(p), p.unit(), p.series()) : null;
		return new ReportView.Indicator("indikator-" + p.indicatorId(), p.name(), p.goalTitle(), p.unit(), row.status(), p.trend().label(),
				row.latest(), row.period(), row.target(), chart, MonitoringViews.series(p));
	}

	private static ReportView.Project project(FundedProject project, List<UUID> goalIds) {
		String evaluation = project.evaluations().stream().filter(e -> goalIds.contains(e.goalId()))
			.map(e -> e.goalName() + ": " + e.rating() + " von 5").collect(Collectors.joining("; "));
		return new ReportView.Project(project.title(), project.carrierName() == null ? "(Akteur gelöscht)" : project.carrierName(),
				NumberFormat.getCurrencyInstance(Locale.GERMANY).format(project.amount()),
				DATE.format(project.startsOn()) + " – " + DATE.format(project.endsOn()), evaluation.isEmpty() ? "noch nicht bewertet" : evaluation);
	}

	static BigDecimal overall(List<MeasureProgress> measures) {
		return ProgressRollup.mean(measures.stream()
			.map(m -> new ProgressRollup.Item(m.measureId(), m.percent(), m.weight(), m.goalIds())).toList()).percent();
	}

	private static List<ReportView.Count> measureCounts(List<MeasureProgress> measures) {
		return java.util.Arrays.stream(MeasureStatus.values())
			.map(status -> new ReportView.Count(MeasurePages.label(status), measures.stream().filter(m -> m.status() == status).count())).toList();
	}

	private static List<ReportView.IndicatorChange> indicatorChanges(ReportData data) {
		Map<UUID, IndicatorProgress> before = data.indicatorsYearBefore().stream()
			.collect(Collectors.toMap(IndicatorProgress::indicatorId, Function.identity()));
		return data.indicators().stream().map(now -> {
			IndicatorProgress then = before.get(now.indicatorId());
			MonitoringViews.IndicatorRow thenRow = then == null ? null : MonitoringViews.row(then);
			MonitoringViews.IndicatorRow nowRow = MonitoringViews.row(now);
			return new ReportView.IndicatorChange(now.name(), now.fieldName(), thenRow == null ? null : thenRow.status(), valueIn(thenRow),
					nowRow.status(), valueIn(nowRow));
		}).toList();
	}

	private static String valueIn(MonitoringViews.IndicatorRow row) {
		return row == null || row.latest() == null ? "–" : row.latest() + " (" + row.period() + ")";
	}

	private static List<ReportView.MeasureChange> measureChanges(ReportData data) {
		Map<UUID, MeasureProgress> before = data.measuresYearBefore().measures().stream()
			.collect(Collectors.toMap(MeasureProgress::measureId, Function.identity()));
		return data.measures().measures().stream().map(now -> {
			MeasureProgress then = before.get(now.measureId());
			if (then != null && then.status() == now.status() && then.percent() == now.percent()) {
				return null;
			}
			return new ReportView.MeasureChange(now.title(), then == null ? "–" : MeasurePages.label(then.status()) + ", " + then.percent() + " %",
					MeasurePages.label(now.status()) + ", " + now.percent() + " %");
		}).filter(Objects::nonNull).toList();
	}

	private static List<ReportView.Entry> entries(ReportData data) {
		return data.enteredInYear().stream().map(entry -> new ReportView.Entry(entry.indicatorName(), entry.measurement().period().toString(),
				MonitoringViews.withUnit(GermanNumbers.format(entry.measurement().value()), entry.unit()), DATE.format(entry.measurement().enteredAt()),
				!entry.measurement().current())).toList();
	}

	static String dateTime(java.time.Instant instant) {
		return DATE_TIME.format(instant);
	}
}
