package de.integrationskonzept.concepts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.Edition.Guideline;
import de.integrationskonzept.concepts.Edition.Indicator;
import de.integrationskonzept.concepts.Edition.KeyFigure;
import de.integrationskonzept.concepts.Edition.Measure;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.concepts.Resolution;

/**
 * Continues an edition into a new draft: every part is copied with a new id and an origin link
 * to the part it came from, so the next edition can show what changed. The period follows on
 * with the same length.
 */
final class Fortschreibung {

	private final Map<UUID, UUID> newIds = new HashMap<>();

	private Fortschreibung() {
	}

	static Edition of(Edition previous) {
		return new Fortschreibung().copy(previous);
	}

	private Edition copy(Edition previous) {
		int length = previous.periodTo() - previous.periodFrom();
		int from = previous.periodTo() + 1;
		List<Field> fields = previous.fields().stream().map(this::copy).toList();
		List<Measure> measures = previous.measures().stream().map(this::copy).toList();
		Map<String, String> title = new java.util.LinkedHashMap<>();
		title.put(LocalizedText.GERMAN, "Fortschreibung: " + previous.title().german());
		return new Edition(EditionId.random(), new LocalizedText(title), from, from + length, EditionStatus.ENTWURF, previous.id(),
				Resolution.NONE, previous.understanding(), previous.prerequisites(),
				previous.guidelines().stream().map(this::copy).toList(), fields, measures, 0);
	}

	private UUID renew(UUID old) {
		return newIds.computeIfAbsent(old, id -> UUID.randomUUID());
	}

	private Guideline copy(Guideline guideline) {
		return new Guideline(renew(guideline.id()), guideline.text(), guideline.example(), guideline.source(), guideline.id());
	}

	private Field copy(Field field) {
		return new Field(renew(field.id()), field.name(), field.description(), field.baseline(), field.templateCode(),
				field.templateVersion(), field.keyFigures().stream().map(this::copy).toList(), field.goals().stream().map(this::copy).toList(),
				field.id());
	}

	private KeyFigure copy(KeyFigure figure) {
		return new KeyFigure(renew(figure.id()), figure.label(), figure.value(), figure.unit(), figure.year(), figure.source(),
				figure.example(), figure.id());
	}

	private Goal copy(Goal goal) {
		// The outcome of the previous period is for the editors to decide (monitoring will propose it).
		return new Goal(renew(goal.id()), goal.title(), goal.description(), goal.example(), goal.source(),
				goal.indicators().stream().map(this::copy).toList(), goal.subGoals().stream().map(this::copy).toList(), goal.id(), null,
				goal.templateKey());
	}

	private Indicator copy(Indicator indicator) {
		return new Indicator(renew(indicator.id()), indicator.name(), indicator.definition(), indicator.unit(), indicator.dataSource(),
				indicator.baselineValue(), indicator.baselineYear(), indicator.targetValue(), indicator.targetYear(), indicator.direction(),
				indicator.catalogueCode(), indicator.example(), indicator.id());
	}

	private Measure copy(Measure measure) {
		return new Measure(renew(measure.id()), measure.title(), measure.description(), measure.responsible(), measure.partners(),
				measure.periodFrom(), measure.periodTo(), measure.budget(), measure.fundingSource(), measure.status(),
				measure.goals().stream().map(this::renew).toList(), measure.example(), measure.source(), measure.id());
	}
}
