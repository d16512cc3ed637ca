package de.integrationskonzept.concepts.internal;

import static de.integrationskonzept.concepts.internal.EditionRepository.json;
import static de.integrationskonzept.concepts.internal.EditionRepository.text;
import static de.integrationskonzept.concepts.internal.db.Tables.FIELD_TEMPLATE;
import static de.integrationskonzept.concepts.internal.db.Tables.FIELD_TEMPLATE_GOAL;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import de.integrationskonzept.concepts.FieldTemplate;
import de.integrationskonzept.concepts.FieldTemplate.SuggestedGoal;
import de.integrationskonzept.concepts.internal.db.tables.records.FieldTemplateRecord;

/**
 * The published versions of the Handlungsfeld templates (global rows, no tenant). Versions are
 * only ever added: the application role may not update them.
 */
@Repository
class FieldTemplateRepository {

	private final DSLContext dsl;

	FieldTemplateRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The newest version of every template, ordered by code. */
	List<FieldTemplate> latestOfEach() {
		return assemble(dsl.selectDistinct(FIELD_TEMPLATE.fields()).on(FIELD_TEMPLATE.CODE).from(FIELD_TEMPLATE)
			.orderBy(FIELD_TEMPLATE.CODE, FIELD_TEMPLATE.VERSION.desc())
			.fetchInto(FIELD_TEMPLATE));
	}

	Optional<FieldTemplate> latest(String code) {
		return assemble(dsl.selectFrom(FIELD_TEMPLATE).where(FIELD_TEMPLATE.CODE.eq(code)).orderBy(FIELD_TEMPLATE.VERSION.desc()).limit(1)
			.fetch()).stream().findFirst();
	}

	Optional<FieldTemplate> find(String code, int version) {
		return assemble(dsl.selectFrom(FIELD_TEMPLATE).where(FIELD_TEMPLATE.CODE.eq(code), FIELD_TEMPLATE.VERSION.eq(version)).fetch())
			.stream().findFirst();
	}

	/**
	 * Stores a new version with its suggested goals.
	 * @return false when this version exists already (someone published it in between; nothing was written)
	 */
	boolean insert(FieldTemplate template, String publishedBy) {
		int inserted = dsl.insertInto(FIELD_TEMPLATE)
			.set(FIELD_TEMPLATE.CODE, template.code())
			.set(FIELD_TEMPLATE.VERSION, template.version())
			.set(FIELD_TEMPLATE.NAME, json(template.name()))
			.set(FIELD_TEMPLATE.DESCRIPTION, json(template.description()))
			.set(FIELD_TEMPLATE.SUGGESTED_INDICATORS, template.suggestedIndicators().toArray(String[]::new))
			.set(FIELD_TEMPLATE.PUBLISHED_AT, OffsetDateTime.ofInstant(template.publishedAt(), ZoneOffset.UTC))
			.set(FIELD_TEMPLATE.PUBLISHED_BY, publishedBy)
			.onConflictDoNothing()
			.execute();
		if (inserted == 0) {
			return false;
		}
		int position = 0;
		for (SuggestedGoal goal : template.suggestedGoals()) {
			dsl.insertInto(FIELD_TEMPLATE_GOAL)
				.set(FIELD_TEMPLATE_GOAL.TEMPLATE_CODE, template.code())
				.set(FIELD_TEMPLATE_GOAL.TEMPLATE_VERSION, template.version())
				.set(FIELD_TEMPLATE_GOAL.KEY, goal.key())
				.set(FIELD_TEMPLATE_GOAL.POSITION, position++)
				.set(FIELD_TEMPLATE_GOAL.TITLE, json(goal.title()))
				.set(FIELD_TEMPLATE_GOAL.DESCRIPTION, json(goal.description()))
				.execute();
		}
		return true;
	}

	private List<FieldTemplate> assemble(List<FieldTemplateRecord> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, List<SuggestedGoal>> goals = new LinkedHashMap<>();
		// By code only, so the statement is the same for any number of templates; goals of other
		// versions are loaded too and never looked up below.
		dsl.selectFrom(FIELD_TEMPLATE_GOAL)
			.where(anyOf(FIELD_TEMPLATE_GOAL.TEMPLATE_CODE, rows.stream().map(FieldTemplateRecord::getCode).distinct().toList()))
			.orderBy(FIELD_TEMPLATE_GOAL.POSITION)
			.forEach(goal -> goals.computeIfAbsent(goal.getTemplateCode() + "@" + goal.getTemplateVersion(), key -> new ArrayList<>())
				.add(new SuggestedGoal(goal.getKey(), text(goal.getTitle()), text(goal.getDescription()))));
		return rows.stream().map(row -> new FieldTemplate(row.getCode(), row.getVersion(), text(row.getName()), text(row.getDescription()),
				goals.getOrDefault(row.getCode() + "@" + row.getVersion(), List.of()), List.of(row.getSuggestedIndicators()),
				row.getPublishedAt().toInstant())).toList();
	}
}
