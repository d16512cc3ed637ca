package de.integrationskonzept.concepts.internal;

import static de.integrationskonzept.concepts.internal.db.Tables.LEVEL_LABEL;

import java.util.EnumMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.LevelLabels;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqLevelLabels implements LevelLabels {

	private final DSLContext dsl;

	JooqLevelLabels(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Level, Label> all() {
		Map<Level, Label> labels = new EnumMap<>(Level.class);
		for (Level level : Level.values()) {
			labels.put(level, level.defaultLabel());
		}
		dsl.selectFrom(LEVEL_LABEL).forEach(row -> labels.put(Level.valueOf(row.getLevel()), new Label(row.getLabelDe(), row.getLabelEn())));
		return labels;
	}

	@Override
	public Map<Level, Label> rename(Map<Level, Label> labels) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		labels.forEach((level, label) -> dsl.insertInto(LEVEL_LABEL)
			.set(LEVEL_LABEL.TENANT_ID, TenantContext.require().value())
			.set(LEVEL_LABEL.LEVEL, level.name())
			.set(LEVEL_LABEL.LABEL_DE, label.german().strip())
			.set(LEVEL_LABEL.LABEL_EN, label.english() == null || label.english().isBlank() ? null : label.english().strip())
			.onConflict(LEVEL_LABEL.TENANT_ID, LEVEL_LABEL.LEVEL).doUpdate()
			.set(LEVEL_LABEL.LABEL_DE, label.german().strip())
			.set(LEVEL_LABEL.LABEL_EN, label.english() == null || label.english().isBlank() ? null : label.english().strip())
			.execute());
		return all();
	}
}
