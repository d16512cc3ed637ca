package de.integrationskonzept.concepts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One edition of a municipality's Integrationskonzept with all its parts — the unit that is
 * edited, adopted, exported and continued. Item ids are stable across saves, exports and
 * imports; {@code origin} links an item to the one it was copied from in the previous edition.
 * {@code version} guards against lost updates and is not part of the exported document.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Edition(EditionId id, LocalizedText title, int periodFrom, int periodTo, EditionStatus status,
		EditionId continues, Resolution resolution, LocalizedText understanding, LocalizedText prerequisites,
		List<Guideline> guidelines, List<Field> fields, List<Measure> measures, @JsonIgnore int version) {

	public Edition {
		guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
		fields = fields == null ? List.of() : List.copyOf(fields);
		measures = measures == null ? List.of() : List.copyOf(measures);
		resolution = resolution == null ? Resolution.NONE : resolution;
		status = status == null ? EditionStatus.ENTWURF : status;
	}

	/** A Leitlinie. */
	public record Guideline(UUID id, LocalizedText text, boolean example, String source, UUID origin) {
	}

	/** A Handlungsfeld with its Bestandsaufnahme (baseline text and key figures) and goals. */
	public record Field(UUID id, LocalizedText name, LocalizedText description, LocalizedText baseline, String templateCode,
			Integer templateVersion, List<KeyFigure> keyFigures, List<Goal> goals, UUID origin) {

		public Field {
			keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
			goals = goals == null ? List.of() : List.copyOf(goals);
		}
	}

	/** A key figure of the Bestandsaufnahme. */
	public record KeyFigure(UUID id, LocalizedText label, BigDecimal value, String unit, Integer year, String source,
			boolean example, UUID origin) {
	}

	/**
	 * A goal; its sub-goals are the Handlungsziele. {@code templateKey} names the suggested goal of
	 * the field's template it was adopted from (null for the tenant's own goals).
	 */
	public record Goal(UUID id, LocalizedText title, LocalizedText description, boolean example, String source,
			List<Indicator> indicators, List<Goal> subGoals, UUID origin, GoalOutcome previousOutcome, String templateKey) {

		public Goal {
			indicators = indicators == null ? List.of() : List.copyOf(indicators);
			subGoals = subGoals == null ? List.of() : List.copyOf(subGoals);
		}

		/** This goal and all its Handlungsziele, depth first. */
		public Stream<Goal> withSubGoals() {
			return Stream.concat(Stream.of(this), subGoals.stream().flatMap(Goal::withSubGoals));
		}
	}

	/** How to tell whether a goal was reached. */
	public record Indicator(UUID id, LocalizedText name, LocalizedText definition, String unit, String dataSource,
			BigDecimal baselineValue, Integer baselineYear, BigDecimal targetValue, Integer targetYear, Direction direction,
			String catalogueCode, boolean example, UUID origin) {
	}

	/** A Maßnahme; it may serve several goals. */
	public record Measure(UUID id, LocalizedText title, LocalizedText description, String responsible, List<String> partners,
			Integer periodFrom, Integer periodTo, BigDecimal budget, String fundingSource, MeasureStatus status,
			List<UUID> goals, boolean example, String source, UUID origin) {

		public Measure {
			partners = partners == null ? List.of() : List.copyOf(partners);
			goals = goals == null ? List.of() : List.copyOf(goals);
			status = status == null ? MeasureStatus.GEPLANT : status;
		}
	}

	public enum Direction {
		INCREASE, DECREASE, MAINTAIN
	}

	public enum MeasureStatus {
		GEPLANT, LAUFEND, ABGESCHLOSSEN, AUSGESETZT
	}

	/** What became of a goal in the previous period, decided on when continuing the concept. */
	public enum GoalOutcome {
		ERREICHT, TEILWEISE_ERREICHT, AUFGEGEBEN, UEBERNOMMEN
	}

	/** All goals, including sub-goals, of all fields. */
	public Stream<Goal> allGoals() {
		return fields.stream().flatMap(field -> field.goals().stream()).flatMap(Goal::withSubGoals);
	}

	public Edition withVersion(int newVersion) {
		return new Edition(id, title, periodFrom, periodTo, status, continues, resolution, understanding, prerequisites,
				guidelines, fields, measures, newVersion);
	}

	/** The same edition with other Handlungsfelder (e.g. one adopted from a template). */
	public Edition withFields(List<Field> newFields) {
		return new Edition(id, title, periodFrom, periodTo, status, continues, resolution, understanding, prerequisites,
				guidelines, newFields, measures, version);
	}

	/** The same edition with other Maßnahmen (e.g. ones added by an import). */
	public Edition withMeasures(List<Measure> newMeasures) {
		return new Edition(id, title, periodFrom, periodTo, status, continues, resolution, understanding, prerequisites,
				guidelines, fields, newMeasures, version);
	}

	public Edition withStatus(EditionStatus newStatus, Resolution newResolution) {
		return new Edition(id, title, periodFrom, periodTo, newStatus, continues, newResolution, understanding, prerequisites,
				guidelines, fields, measures, version);
	}

	/** Everything wrong with this document, in words an editor understands; empty when it is valid. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (id == null) {
			problems.add("Die Ausgabe hat keine ID.");
		}
		if (periodFrom < 1990 || periodTo > 2100) {
			problems.add("Der Zeitraum " + periodFrom + "–" + periodTo + " liegt außerhalb von 1990–2100.");
		}
		if (title == null) {
			problems.add("Die Ausgabe braucht einen Titel.");
		}
		if (periodTo < periodFrom) {
			problems.add("Der Zeitraum endet (" + periodTo + ") vor seinem Beginn (" + periodFrom + ").");
		}
		// Imported historical editions may lack the date (sources often give only the month);
		// recording a new adoption requires it (ConceptEditions.changeStatus).
		if (status.isAdopted() && (resolution.body() == null || resolution.body().isBlank())) {
			problems.add("Eine beschlossene Ausgabe braucht das beschließende Gremium.");
		}
		Set<UUID> ids = new HashSet<>();
		Stream<UUID> itemIds = Stream.of(
				guidelines.stream().map(Guideline::id),
				fields.stream().map(Field::id),
				fields.stream().flatMap(field -> field.keyFigures().stream()).map(KeyFigure::id),
				allGoals().map(Goal::id),
				allGoals().flatMap(goal -> goal.indicators().stream()).map(Indicator::id),
				measures.stream().map(Measure::id)).flatMap(s -> s);
		itemIds.forEach(itemId -> {
			if (itemId == null) {
				problems.add("Ein Eintrag hat keine ID.");
			}
			else if (!ids.add(itemId)) {
				problems.add("Die ID " + itemId + " kommt mehrfach vor.");
			}
		});
		Set<UUID> goalIds = new HashSet<>(allGoals().map(Goal::id).toList());
		for (Measure measure : measures) {
			for (UUID goal : measure.goals()) {
				if (!goalIds.contains(goal)) {
					problems.add("Die Maßnahme „" + measure.title().german() + "“ verweist auf ein Ziel, das es in dieser Ausgabe nicht gibt: " + goal);
				}
			}
			if (measure.periodFrom() != null && measure.periodTo() != null && measure.periodTo() < measure.periodFrom()) {
				problems.add("Der Zeitraum der Maßnahme „" + measure.title().german() + "“ endet vor seinem Beginn.");
			}
		}
		allGoals().flatMap(goal -> goal.indicators().stream()).filter(indicator -> indicator.direction() == null)
			.forEach(indicator -> problems.add("Beim Indikator „" + indicator.name().german() + "“ fehlt die gewünschte Richtung."));
		return problems;
	}
}
