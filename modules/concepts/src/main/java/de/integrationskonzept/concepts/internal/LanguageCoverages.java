package de.integrationskonzept.concepts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.LanguageCoverage;
import de.integrationskonzept.concepts.LanguageCoverage.Missing;
import de.integrationskonzept.concepts.LocalizedText;

/** Computes which texts of an edition are missing in which language. */
final class LanguageCoverages {

	/** Always reported, even when no item has them yet. */
	private static final List<String> EXPECTED = List.of("en", LocalizedText.PLAIN_GERMAN);

	private record Text(String type, UUID id, LocalizedText text) {
	}

	private LanguageCoverages() {
	}

	static LanguageCoverage of(Edition edition) {
		List<Text> texts = texts(edition);
		TreeSet<String> languages = new TreeSet<>(EXPECTED);
		texts.forEach(text -> languages.addAll(text.text().texts().keySet()));
		languages.remove(LocalizedText.GERMAN);
		Map<String, List<Missing>> missing = new LinkedHashMap<>();
		for (String language : languages) {
			missing.put(language, texts.stream().filter(text -> !text.text().has(language))
				.map(text -> new Missing(text.type(), text.id(), text.text().german())).toList());
		}
		return new LanguageCoverage(texts.size(), missing);
	}

	private static List<Text> texts(Edition edition) {
		List<Text> texts = new ArrayList<>();
		texts.add(new Text("EDITION", edition.id().value(), edition.title()));
		if (edition.understanding() != null) {
			texts.add(new Text("UNDERSTANDING", edition.id().value(), edition.understanding()));
		}
		edition.guidelines().forEach(guideline -> texts.add(new Text("GUIDELINE", guideline.id(), guideline.text())));
		edition.fields().forEach(field -> {
			texts.add(new Text("FIELD", field.id(), field.name()));
			field.goals().forEach(goal -> addGoal(texts, goal));
		});
		edition.measures().forEach(measure -> texts.add(new Text("MEASURE", measure.id(), measure.title())));
		return texts;
	}

	private static void addGoal(List<Text> texts, Goal goal) {
		texts.add(new Text("GOAL", goal.id(), goal.title()));
		goal.indicators().forEach(indicator -> texts.add(new Text("INDICATOR", indicator.id(), indicator.name())));
		goal.subGoals().forEach(sub -> addGoal(texts, sub));
	}
}
