package de.integrationskonzept.publishing.internal.pdf;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import de.integrationskonzept.publishing.internal.pdf.ConceptDocument.Field;
import de.integrationskonzept.publishing.internal.pdf.ConceptDocument.Goal;
import de.integrationskonzept.publishing.internal.pdf.ConceptDocument.GoalReference;
import de.integrationskonzept.publishing.internal.pdf.ConceptDocument.Indicator;
import de.integrationskonzept.publishing.internal.pdf.ConceptDocument.KeyFigure;
import de.integrationskonzept.publishing.internal.pdf.ConceptDocument.Measure;
import de.integrationskonzept.publishing.internal.pdf.PdfLanguage.Text;

/** Turns a published edition into the {@link ConceptDocument} the PDF template shows. */
final class ConceptDocuments {

	/** Publication dates are shown as a German municipality dates them. */
	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final PdfLanguage language;
	private final NumberFormat numbers;
	private final DateTimeFormatter dates;
	private final Map<UUID, GoalReference> goalsById = new HashMap<>();

	private ConceptDocuments(PdfLanguage language) {
		this.language = language;
		this.numbers = NumberFormat.getNumberInstance(language.labelLocale());
		this.numbers.setMaximumFractionDigits(6);
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.labelLocale());
	}

	static ConceptDocument of(Tenant tenant, PublishedEdition published, PdfLanguage language) {
		return new ConceptDocuments(language).document(tenant, published);
	}

	private ConceptDocument document(Tenant tenant, PublishedEdition published) {
		Edition edition = published.edition();
		// Fields first: measures refer to the goals numbered there.
		List<Field> fields = new ArrayList<>();
		for (int i = 0; i < edition.fields().size(); i++) {
			fields.add(field(edition.fields().get(i), String.valueOf(i + 1)));
		}
		Text title = language.text(edition.title());
		String period = edition.periodFrom() + "–" + edition.periodTo();
		return new ConceptDocument(language.root(), title, clean(tenant.name()), period, resolution(edition.resolution()),
				dates.format(published.publishedAt().atZone(BERLIN)), language.text(edition.understanding()),
				language.text(edition.prerequisites()),
				edition.guidelines().stream().map(guideline -> language.text(guideline.text())).toList(), fields,
				edition.measures().stream().map(this::measure).toList(),
				cssString(tenant.name() + " · " + title.value()));
	}

	private ConceptDocument.Resolution resolution(de.integrationskonzept.concepts.Resolution resolution) {
		return new ConceptDocument.Resolution(clean(resolution.body()), clean(resolution.number()),
				resolution.date() == null ? null : dates.format(resolution.date()), clean(resolution.result()),
				resolution.url() == null ? null : clean(resolution.url().toString()));
	}

	private Field field(Edition.Field field, String number) {
		List<Goal> goals = new ArrayList<>();
		for (int i = 0; i < field.goals().size(); i++) {
			addGoal(goals, field.goals().get(i), number + "." + (i + 1), 0);
		}
		return new Field("feld-" + number, number, language.text(field.name()), language.text(field.description()),
				language.text(field.baseline()), field.keyFigures().stream().map(this::keyFigure).toList(), goals);
	}

	private KeyFigure keyFigure(Edition.KeyFigure figure) {
		String value = figure.value() == null ? null : joined(number(figure.value()), figure.unit());
		return new KeyFigure(language.text(figure.label()), value, figure.year() == null ? null : figure.year().toString(),
				clean(figure.source()));
	}

	private void addGoal(List<Goal> goals, Edition.Goal goal, String number, int depth) {
		Text title = language.text(goal.title());
		goalsById.put(goal.id(), new GoalReference(number, title));
		goals.add(new Goal("ziel-" + number.replace('.', '-'), number, depth, title, language.text(goal.description()),
				goal.indicators().stream().map(this::indicator).toList()));
		for (int i = 0; i < goal.subGoals().size(); i++) {
			addGoal(goals, goal.subGoals().get(i), number + "." + (i + 1), depth + 1);
		}
	}

	private Indicator indicator(Edition.Indicator indicator) {
		return new Indicator(language.text(indicator.name()), language.text(indicator.definition()), clean(indicator.unit()),
				valueInYear(indicator.baselineValue(), indicator.baselineYear()),
				valueInYear(indicator.targetValue(), indicator.targetYear()),
				indicator.direction() == null ? null : indicator.direction().name(), clean(indicator.dataSource()));
	}

	private Measure measure(Edition.Measure measure) {
		List<GoalReference> served = measure.goals().stream().map(goalsById::get).filter(Objects::nonNull).toList();
		String budget = measure.budget() == null ? null : number(measure.budget()) + " €";
		String partners = measure.partners().isEmpty() ? null : clean(String.join(", ", measure.partners()));
		return new Measure("massnahme-" + measure.id(), language.text(measure.title()), language.text(measure.description()),
				clean(measure.responsible()), partners, period(measure.periodFrom(), measure.periodTo()),
				measure.status().name(), budget, clean(measure.fundingSource()), served);
	}

	private String valueInYear(BigDecimal value, Integer year) {
		if (value == null) {
			return year == null ? null : "(" + year + ")";
		}
		return year == null ? number(value) : number(value) + " (" + year + ")";
	}

	private String number(BigDecimal value) {
		return numbers.format(value);
	}

	private static String period(Integer from, Integer to) {
		if (from == null && to == null) {
			return null;
		}
		if (from != null && to != null) {
			return from.equals(to) ? from.toString() : from + "–" + to;
		}
		return from != null ? from + "–" : "–" + to;
	}

	private static String joined(String value, String unit) {
		return unit == null || unit.isBlank() ? value : value + " " + clean(unit);
	}

	private static String clean(String value) {
		return value == null || value.isBlank() ? null : Text.clean(value.strip());
	}

	/**
	 * A CSS string literal for the running footer. Backslashes and quotes become hex escapes
	 * ({@code \5c }, {@code \22 }): openhtmltopdf drops a backslash escaped as {@code \\}.
	 */
	static String cssString(String value) {
		String escaped = Text.clean(value).replace("\\", "\\5c ").replace("\"", "\\22 ").replaceAll("[\\r\\n\\t]+", " ");
		return "\"" + escaped + "\"";
	}
}
