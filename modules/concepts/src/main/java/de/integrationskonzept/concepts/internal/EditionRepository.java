package de.integrationskonzept.concepts.internal;

import static de.integrationskonzept.concepts.internal.db.Tables.EDITION;
import static de.integrationskonzept.concepts.internal.db.Tables.FIELD;
import static de.integrationskonzept.concepts.internal.db.Tables.GOAL;
import static de.integrationskonzept.concepts.internal.db.Tables.GUIDELINE;
import static de.integrationskonzept.concepts.internal.db.Tables.INDICATOR;
import static de.integrationskonzept.concepts.internal.db.Tables.KEY_FIGURE;
import static de.integrationskonzept.concepts.internal.db.Tables.MEASURE;
import static de.integrationskonzept.concepts.internal.db.Tables.MEASURE_GOAL;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Direction;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.Edition.Goal;
import de.integrationskonzept.concepts.Edition.GoalOutcome;
import de.integrationskonzept.concepts.Edition.Guideline;
import de.integrationskonzept.concepts.Edition.Indicator;
import de.integrationskonzept.concepts.Edition.KeyFigure;
import de.integrationskonzept.concepts.Edition.Measure;
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.concepts.EditionSummary;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.concepts.Resolution;
import de.integrationskonzept.concepts.internal.db.tables.records.EditionRecord;
import de.integrationskonzept.concepts.internal.db.tables.records.GoalRecord;
import de.integrationskonzept.platform.tenancy.TenantContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editions as whole documents in PostgreSQL. Reads assemble the tree; content saves replace the
 * edition's parts in one transaction (ids are kept, so references from other modules stay
 * valid) and succeed only against the version the editor started from.
 */
@Repository
public class EditionRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };

	private final DSLContext dsl;

	EditionRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public List<EditionSummary> list() {
		return dsl.selectFrom(EDITION).orderBy(EDITION.PERIOD_FROM.desc(), EDITION.CREATED_AT.desc())
			.fetch(row -> new EditionSummary(new EditionId(row.getId()), text(row.getTitle()), row.getPeriodFrom(), row.getPeriodTo(),
					EditionStatus.valueOf(row.getStatus()), row.getContinuesId() == null ? null : new EditionId(row.getContinuesId()),
					row.getVersion()));
	}

	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public boolean existsInOwnTransaction(EditionId id) {
		return exists(id);
	}

	public boolean exists(EditionId id) {
		return dsl.fetchExists(EDITION, EDITION.ID.eq(id.value()));
	}

	public Optional<Edition> find(EditionId id) {
		EditionRecord row = dsl.selectFrom(EDITION).where(EDITION.ID.eq(id.value())).fetchOne();
		if (row == null) {
			return Optional.empty();
		}
		var guidelines = dsl.selectFrom(GUIDELINE).where(GUIDELINE.EDITION_ID.eq(id.value())).orderBy(GUIDELINE.POSITION)
			.fetch(g -> new Guideline(g.getId(), text(g.getText()), g.getExample(), g.getSource(), g.getOriginId()));
		Map<UUID, List<Indicator>> indicators = new LinkedHashMap<>();
		dsl.select(INDICATOR.fields()).from(INDICATOR).join(GOAL).on(GOAL.ID.eq(INDICATOR.GOAL_ID), GOAL.TENANT_ID.eq(INDICATOR.TENANT_ID))
			.where(GOAL.EDITION_ID.eq(id.value())).orderBy(INDICATOR.POSITION)
			.fetchInto(INDICATOR)
			.forEach(i -> indicators.computeIfAbsent(i.getGoalId(), goal -> new ArrayList<>()).add(new Indicator(i.getId(),
					text(i.getName()), text(i.getDefinition()), i.getUnit(), i.getDataSource(), i.getBaselineValue(), i.getBaselineYear(),
					i.getTargetValue(), i.getTargetYear(), Direction.valueOf(i.getDirection()), i.getCatalogueCode(), i.getExample(),
					i.getOriginId())));
		List<GoalRecord> goalRows = dsl.selectFrom(GOAL).where(GOAL.EDITION_ID.eq(id.value())).orderBy(GOAL.POSITION).fetch();
		Map<UUID, List<KeyFigure>> keyFigures = new LinkedHashMap<>();
		dsl.select(KEY_FIGURE.fields()).from(KEY_FIGURE).join(FIELD).on(FIELD.ID.eq(KEY_FIGURE.FIELD_ID), FIELD.TENANT_ID.eq(KEY_FIGURE.TENANT_ID))
			.where(FIELD.EDITION_ID.eq(id.value())).orderBy(KEY_FIGURE.POSITION).fetchInto(KEY_FIGURE)
			.forEach(k -> keyFigures.computeIfAbsent(k.getFieldId(), field -> new ArrayList<>()).add(new KeyFigure(k.getId(), text(k.getLabel()),
					k.getValue(), k.getUnit(), k.getYear(), k.getSource(), k.getExample(), k.getOriginId())));
		var fields = dsl.selectFrom(FIELD).where(FIELD.EDITION_ID.eq(id.value())).orderBy(FIELD.POSITION)
			.fetch(f -> new Field(f.getId(), text(f.getName()), text(f.getDescription()), text(f.getBaseline()), f.getTemplateCode(),
					f.getTemplateVersion(), keyFigures.getOrDefault(f.getId(), List.of()),
					goalsBelow(goalRows, f.getId(), null, indicators), f.getOriginId()));
		Map<UUID, List<UUID>> measureGoals = new LinkedHashMap<>();
		dsl.select(MEASURE_GOAL.MEASURE_ID, MEASURE_GOAL.GOAL_ID).from(MEASURE_GOAL).join(MEASURE)
			.on(MEASURE.ID.eq(MEASURE_GOAL.MEASURE_ID), MEASURE.TENANT_ID.eq(MEASURE_GOAL.TENANT_ID))
			.where(MEASURE.EDITION_ID.eq(id.value()))
			.orderBy(MEASURE_GOAL.POSITION)
			.forEach(link -> measureGoals.computeIfAbsent(link.value1(), measure -> new ArrayList<>()).add(link.value2()));
		var measures = dsl.selectFrom(MEASURE).where(MEASURE.EDITION_ID.eq(id.value())).orderBy(MEASURE.POSITION)
			.fetch(m -> new Measure(m.getId(), text(m.getTitle()), text(m.getDescription()), m.getResponsible(), List.of(m.getPartners()),
					m.getPeriodFrom(), m.getPeriodTo(), m.getBudget(), m.getFundingSource(), MeasureStatus.valueOf(m.getStatus()),
					measureGoals.getOrDefault(m.getId(), List.of()),
					m.getExample(), m.getSource(), m.getOriginId()));
		return Optional.of(new Edition(id, text(row.getTitle()), row.getPeriodFrom(), row.getPeriodTo(), EditionStatus.valueOf(row.getStatus()),
				row.getContinuesId() == null ? null : new EditionId(row.getContinuesId()),
				new Resolution(row.getResolutionBody(), row.getResolutionNumber(), row.getResolutionDate(), row.getResolutionResult(),
						row.getResolutionUrl() == null ? null : URI.create(row.getResolutionUrl())),
				text(row.getUnderstanding()), text(row.getPrerequisites()), guidelines, fields, measures, row.getVersion()));
	}

	/** Creates the edition with all its parts. */
	public void insert(Edition edition) {
		dsl.insertInto(EDITION)
			.set(EDITION.TENANT_ID, tenant())
			.set(EDITION.ID, edition.id().value())
			.set(EDITION.VERSION, 0)
			.set(editionColumns(edition))
			.execute();
		insertParts(edition);
	}

	/**
	 * Replaces header and parts if the stored version is still {@code expectedVersion}.
	 * @return false when someone else saved in between (nothing was changed)
	 */
	public boolean replace(Edition edition, int expectedVersion) {
		if (!replaceHeader(edition, expectedVersion)) {
			return false;
		}
		dsl.deleteFrom(MEASURE).where(MEASURE.EDITION_ID.eq(edition.id().value())).execute();
		dsl.deleteFrom(FIELD).where(FIELD.EDITION_ID.eq(edition.id().value())).execute();
		dsl.deleteFrom(GUIDELINE).where(GUIDELINE.EDITION_ID.eq(edition.id().value())).execute();
		insertParts(edition);
		return true;
	}

	/**
	 * Replaces only the edition's own row (status, resolution, texts, period) if the stored version
	 * is still {@code expectedVersion}; the parts stay as they are.
	 */
	public boolean replaceHeader(Edition edition, int expectedVersion) {
		return dsl.update(EDITION)
			.set(editionColumns(edition))
			.set(EDITION.VERSION, expectedVersion + 1)
			.set(EDITION.UPDATED_AT, OffsetDateTime.now())
			.where(EDITION.ID.eq(edition.id().value()), EDITION.VERSION.eq(expectedVersion))
			.execute() == 1;
	}

	private Map<org.jooq.Field<?>, Object> editionColumns(Edition edition) {
		Map<org.jooq.Field<?>, Object> columns = new LinkedHashMap<>();
		columns.put(EDITION.TITLE, json(edition.title()));
		columns.put(EDITION.PERIOD_FROM, edition.periodFrom());
		columns.put(EDITION.PERIOD_TO, edition.periodTo());
		columns.put(EDITION.STATUS, edition.status().name());
		columns.put(EDITION.CONTINUES_ID, edition.continues() == null ? null : edition.continues().value());
		columns.put(EDITION.RESOLUTION_BODY, edition.resolution().body());
		columns.put(EDITION.RESOLUTION_NUMBER, edition.resolution().number());
		columns.put(EDITION.RESOLUTION_DATE, edition.resolution().date());
		columns.put(EDITION.RESOLUTION_RESULT, edition.resolution().result());
		columns.put(EDITION.RESOLUTION_URL, edition.resolution().url() == null ? null : edition.resolution().url().toString());
		columns.put(EDITION.UNDERSTANDING, json(edition.understanding()));
		columns.put(EDITION.PREREQUISITES, json(edition.prerequisites()));
		return columns;
	}

	private void insertParts(Edition edition) {
		UUID tenant = tenant();
		UUID editionId = edition.id().value();
		int position = 0;
		for (Guideline guideline : edition.guidelines()) {
			dsl.insertInto(GUIDELINE).set(GUIDELINE.TENANT_ID, tenant).set(GUIDELINE.ID, guideline.id()).set(GUIDELINE.EDITION_ID, editionId)
				.set(GUIDELINE.POSITION, position++).set(GUIDELINE.TEXT, json(guideline.text())).set(GUIDELINE.EXAMPLE, guideline.example())
				.set(GUIDELINE.SOURCE, guideline.source()).set(GUIDELINE.ORIGIN_ID, guideline.origin()).execute();
		}
		position = 0;
		for (Field field : edition.fields()) {
			dsl.insertInto(FIELD).set(FIELD.TENANT_ID, tenant).set(FIELD.ID, field.id()).set(FIELD.EDITION_ID, editionId)
				.set(FIELD.POSITION, position++).set(FIELD.NAME, json(field.name())).set(FIELD.DESCRIPTION, json(field.description()))
				.set(FIELD.BASELINE, json(field.baseline())).set(FIELD.TEMPLATE_CODE, field.templateCode())
				.set(FIELD.TEMPLATE_VERSION, field.templateVersion()).set(FIELD.ORIGIN_ID, field.origin()).execute();
			int figurePosition = 0;
			for (KeyFigure figure : field.keyFigures()) {
				dsl.insertInto(KEY_FIGURE).set(KEY_FIGURE.TENANT_ID, tenant).set(KEY_FIGURE.ID, figure.id()).set(KEY_FIGURE.FIELD_ID, field.id())
					.set(KEY_FIGURE.POSITION, figurePosition++).set(KEY_FIGURE.LABEL, json(figure.label())).set(KEY_FIGURE.VALUE, figure.value())
					.set(KEY_FIGURE.UNIT, figure.unit()).set(KEY_FIGURE.YEAR, figure.year()).set(KEY_FIGURE.SOURCE, figure.source())
					.set(KEY_FIGURE.EXAMPLE, figure.example()).set(KEY_FIGURE.ORIGIN_ID, figure.origin()).execute();
			}
			insertGoals(tenant, editionId, field.id(), null, field.goals());
		}
		position = 0;
		for (Measure measure : edition.measures()) {
			dsl.insertInto(MEASURE).set(MEASURE.TENANT_ID, tenant).set(MEASURE.ID, measure.id()).set(MEASURE.EDITION_ID, editionId)
				.set(MEASURE.POSITION, position++).set(MEASURE.TITLE, json(measure.title())).set(MEASURE.DESCRIPTION, json(measure.description()))
				.set(MEASURE.RESPONSIBLE, measure.responsible()).set(MEASURE.PARTNERS, measure.partners().toArray(String[]::new))
				.set(MEASURE.PERIOD_FROM, measure.periodFrom()).set(MEASURE.PERIOD_TO, measure.periodTo()).set(MEASURE.BUDGET, measure.budget())
				.set(MEASURE.FUNDING_SOURCE, measure.fundingSource()).set(MEASURE.STATUS, measure.status().name())
				.set(MEASURE.EXAMPLE, measure.example()).set(MEASURE.SOURCE, measure.source()).set(MEASURE.ORIGIN_ID, measure.origin()).execute();
			int goalPosition = 0;
			for (UUID goal : measure.goals()) {
				dsl.insertInto(MEASURE_GOAL).set(MEASURE_GOAL.TENANT_ID, tenant).set(MEASURE_GOAL.MEASURE_ID, measure.id())
					.set(MEASURE_GOAL.GOAL_ID, goal).set(MEASURE_GOAL.POSITION, goalPosition++).execute();
			}
		}
	}

	private void insertGoals(UUID tenant, UUID editionId, UUID fieldId, UUID parentId, List<Goal> goals) {
		int position = 0;
		for (Goal goal : goals) {
			dsl.insertInto(GOAL).set(GOAL.TENANT_ID, tenant).set(GOAL.ID, goal.id()).set(GOAL.EDITION_ID, editionId).set(GOAL.FIELD_ID, fieldId)
				.set(GOAL.PARENT_ID, parentId).set(GOAL.POSITION, position++).set(GOAL.TITLE, json(goal.title()))
				.set(GOAL.DESCRIPTION, json(goal.description())).set(GOAL.EXAMPLE, goal.example()).set(GOAL.SOURCE, goal.source())
				.set(GOAL.ORIGIN_ID, goal.origin()).set(GOAL.PREVIOUS_OUTCOME, goal.previousOutcome() == null ? null : goal.previousOutcome().name())
				.set(GOAL.TEMPLATE_KEY, goal.templateKey()).execute();
			int indicatorPosition = 0;
			for (Indicator indicator : goal.indicators()) {
				dsl.insertInto(INDICATOR).set(INDICATOR.TENANT_ID, tenant).set(INDICATOR.ID, indicator.id()).set(INDICATOR.GOAL_ID, goal.id())
					.set(INDICATOR.POSITION, indicatorPosition++).set(INDICATOR.NAME, json(indicator.name()))
					.set(INDICATOR.DEFINITION, json(indicator.definition())).set(INDICATOR.UNIT, indicator.unit())
					.set(INDICATOR.DATA_SOURCE, indicator.dataSource()).set(INDICATOR.BASELINE_VALUE, indicator.baselineValue())
					.set(INDICATOR.BASELINE_YEAR, indicator.baselineYear()).set(INDICATOR.TARGET_VALUE, indicator.targetValue())
					.set(INDICATOR.TARGET_YEAR, indicator.targetYear()).set(INDICATOR.DIRECTION, indicator.direction().name())
					.set(INDICATOR.CATALOGUE_CODE, indicator.catalogueCode()).set(INDICATOR.EXAMPLE, indicator.example())
					.set(INDICATOR.ORIGIN_ID, indicator.origin()).execute();
			}
			insertGoals(tenant, editionId, fieldId, goal.id(), goal.subGoals());
		}
	}

	private static List<Goal> goalsBelow(List<GoalRecord> rows, UUID fieldId, UUID parentId, Map<UUID, List<Indicator>> indicators) {
		return rows.stream()
			.filter(row -> row.getFieldId().equals(fieldId) && java.util.Objects.equals(row.getParentId(), parentId))
			.map(row -> new Goal(row.getId(), text(row.getTitle()), text(row.getDescription()), row.getExample(), row.getSource(),
					indicators.getOrDefault(row.getId(), List.of()), goalsBelow(rows, fieldId, row.getId(), indicators), row.getOriginId(),
					row.getPreviousOutcome() == null ? null : GoalOutcome.valueOf(row.getPreviousOutcome()), row.getTemplateKey()))
			.toList();
	}

	private static UUID tenant() {
		return TenantContext.require().value();
	}

	static JSONB json(LocalizedText text) {
		return text == null ? null : JSONB.valueOf(JSON.writeValueAsString(text.texts()));
	}

	static LocalizedText text(JSONB json) {
		return json == null ? null : new LocalizedText(JSON.readValue(json.data(), TEXTS));
	}
}
