package de.integrationskonzept.monitoring.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.monitoring.MonitoringProblems;

/** The indicators of one concept edition, with the goal and Handlungsfeld each belongs to, in the order of the concept. */
record EditionIndicators(Map<UUID, Located> byId) {

	record Located(Edition.Indicator indicator, Edition.Goal goal, Edition.Field field) {
	}

	static EditionIndicators of(Edition edition) {
		Map<UUID, Located> byId = new LinkedHashMap<>();
		for (Edition.Field field : edition.fields()) {
			field.goals().stream().flatMap(Edition.Goal::withSubGoals)
				.forEach(goal -> goal.indicators().forEach(indicator -> byId.put(indicator.id(), new Located(indicator, goal, field))));
		}
		return new EditionIndicators(byId);
	}

	Located require(UUID indicatorId) {
		Located located = byId.get(indicatorId);
		if (located == null) {
			throw new MonitoringProblems.IndicatorNotFound(indicatorId);
		}
		return located;
	}

	/** An indicator named by its id or, if the edition has exactly one indicator with it, by its catalogue code. */
	Optional<Located> find(String idOrCatalogueCode) {
		String key = idOrCatalogueCode == null ? "" : idOrCatalogueCode.strip();
		try {
			return Optional.ofNullable(byId.get(UUID.fromString(key)));
		}
		catch (IllegalArgumentException notAnId) {
			List<Located> matches = byId.values().stream().filter(located -> key.equals(located.indicator().catalogueCode())).toList();
			return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
		}
	}
}
