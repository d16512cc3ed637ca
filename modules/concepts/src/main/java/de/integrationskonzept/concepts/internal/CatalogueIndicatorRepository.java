package de.integrationskonzept.concepts.internal;

import static de.integrationskonzept.concepts.internal.EditionRepository.json;
import static de.integrationskonzept.concepts.internal.EditionRepository.text;
import static de.integrationskonzept.concepts.internal.db.Tables.CATALOGUE_INDICATOR;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import de.integrationskonzept.concepts.CatalogueIndicator;
import de.integrationskonzept.concepts.Edition.Direction;
import de.integrationskonzept.concepts.internal.db.tables.records.CatalogueIndicatorRecord;

/** The entries of the shared indicator catalogue (global rows, no tenant). */
@Repository
class CatalogueIndicatorRepository {

	private final DSLContext dsl;

	CatalogueIndicatorRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<CatalogueIndicator> list() {
		return dsl.selectFrom(CATALOGUE_INDICATOR).orderBy(CATALOGUE_INDICATOR.CODE).fetch(CatalogueIndicatorRepository::entry);
	}

	Optional<CatalogueIndicator> find(String code) {
		return dsl.selectFrom(CATALOGUE_INDICATOR).where(CATALOGUE_INDICATOR.CODE.eq(code)).fetchOptional(CatalogueIndicatorRepository::entry);
	}

	/** The codes among {@code codes} that the catalogue does not contain. */
	Set<String> unknown(Collection<String> codes) {
		Set<String> unknown = new TreeSet<>(codes);
		unknown.removeAll(dsl.select(CATALOGUE_INDICATOR.CODE).from(CATALOGUE_INDICATOR).where(anyOf(CATALOGUE_INDICATOR.CODE, codes))
			.fetch(CATALOGUE_INDICATOR.CODE));
		return unknown;
	}

	/** @return false when the code exists already (nothing was written) */
	boolean insert(CatalogueIndicator entry, String actor) {
		return dsl.insertInto(CATALOGUE_INDICATOR)
			.set(CATALOGUE_INDICATOR.CODE, entry.code())
			.set(columns(entry, actor))
			.onConflictDoNothing()
			.execute() == 1;
	}

	/** @return false when the stored entry is no longer at {@code expectedVersion} (nothing was written) */
	boolean update(CatalogueIndicator entry, int expectedVersion, String actor) {
		return dsl.update(CATALOGUE_INDICATOR)
			.set(columns(entry, actor))
			.where(CATALOGUE_INDICATOR.CODE.eq(entry.code()), CATALOGUE_INDICATOR.VERSION.eq(expectedVersion))
			.execute() == 1;
	}

	private static Map<Field<?>, Object> columns(CatalogueIndicator entry, String actor) {
		Map<Field<?>, Object> columns = new LinkedHashMap<>();
		columns.put(CATALOGUE_INDICATOR.VERSION, entry.version());
		columns.put(CATALOGUE_INDICATOR.NAME, json(entry.name()));
		columns.put(CATALOGUE_INDICATOR.DEFINITION, json(entry.definition()));
		columns.put(CATALOGUE_INDICATOR.UNIT, entry.unit());
		columns.put(CATALOGUE_INDICATOR.NORMALISATION, entry.normalisation());
		columns.put(CATALOGUE_INDICATOR.DATA_SOURCE, entry.dataSource());
		columns.put(CATALOGUE_INDICATOR.DIRECTION, entry.direction().name());
		columns.put(CATALOGUE_INDICATOR.SOURCE_REFERENCE, entry.sourceReference());
		columns.put(CATALOGUE_INDICATOR.CHANGED_AT, OffsetDateTime.ofInstant(entry.changedAt(), ZoneOffset.UTC));
		columns.put(CATALOGUE_INDICATOR.CHANGED_BY, actor);
		return columns;
	}

	private static CatalogueIndicator entry(CatalogueIndicatorRecord row) {
		return new CatalogueIndicator(row.getCode(), row.getVersion(), text(row.getName()), text(row.getDefinition()), row.getUnit(),
				row.getNormalisation(), row.getDataSource(), Direction.valueOf(row.getDirection()), row.getSourceReference(),
				row.getChangedAt().toInstant());
	}
}
