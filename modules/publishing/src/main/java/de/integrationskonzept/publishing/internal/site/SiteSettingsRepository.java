package de.integrationskonzept.publishing.internal.site;

import static de.integrationskonzept.publishing.internal.db.Tables.SITE_SETTINGS;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * The one settings row of the bound tenant (row-level security); the logo bytes are read only
 * when the logo itself is served.
 */
@Repository
class SiteSettingsRepository {

	private final DSLContext dsl;

	SiteSettingsRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<SiteSettings> find() {
		return dsl.select(SITE_SETTINGS.LOGO_MEDIA_TYPE, SITE_SETTINGS.LOGO_ALT, SITE_SETTINGS.ACCENT_COLOUR, SITE_SETTINGS.IMPRESSUM,
				SITE_SETTINGS.DATENSCHUTZ, SITE_SETTINGS.A11Y_STATUS, SITE_SETTINGS.A11Y_BARRIERS, SITE_SETTINGS.A11Y_STATEMENT_DATE,
				SITE_SETTINGS.A11Y_FEEDBACK_CONTACT, SITE_SETTINGS.A11Y_ENFORCEMENT_URL, SITE_SETTINGS.VERSION, SITE_SETTINGS.UPDATED_AT)
			.from(SITE_SETTINGS)
			.fetchOptional(SiteSettingsRepository::toSettings);
	}

	Optional<Logo> logo() {
		return dsl.select(SITE_SETTINGS.LOGO, SITE_SETTINGS.LOGO_MEDIA_TYPE, SITE_SETTINGS.UPDATED_AT)
			.from(SITE_SETTINGS)
			.where(SITE_SETTINGS.LOGO.isNotNull())
			.fetchOptional(row -> new Logo(row.value1(), row.value2(), row.value3().toInstant()));
	}

	/** Saves the checked values if nobody saved since {@code expectedVersion}; false on a conflict. */
	boolean save(SiteSettingsCheck.Checked values, String actor) {
		var logo = values.logo();
		var now = OffsetDateTime.now();
		if (values.expectedVersion() == 0) {
			return dsl.insertInto(SITE_SETTINGS)
				.set(SITE_SETTINGS.TENANT_ID, TenantContext.require().value())
				.set(SITE_SETTINGS.LOGO, logo.content())
				.set(SITE_SETTINGS.LOGO_MEDIA_TYPE, logo.mediaType())
				.set(texts(values))
				.set(SITE_SETTINGS.VERSION, 1)
				.set(SITE_SETTINGS.UPDATED_AT, now)
				.set(SITE_SETTINGS.UPDATED_BY, actor)
				.onConflictDoNothing()
				.execute() == 1;
		}
		var update = dsl.update(SITE_SETTINGS)
			.set(texts(values))
			.set(SITE_SETTINGS.VERSION, values.expectedVersion() + 1)
			.set(SITE_SETTINGS.UPDATED_AT, now)
			.set(SITE_SETTINGS.UPDATED_BY, actor);
		if (logo.content() != null) {
			update = update.set(SITE_SETTINGS.LOGO, logo.content()).set(SITE_SETTINGS.LOGO_MEDIA_TYPE, logo.mediaType());
		}
		else if (logo.remove()) {
			update = update.set(SITE_SETTINGS.LOGO, (byte[]) null).set(SITE_SETTINGS.LOGO_MEDIA_TYPE, (String) null);
		}
		return update.where(SITE_SETTINGS.VERSION.eq(values.expectedVersion())).execute() == 1;
	}

	/** Everything but the logo and the bookkeeping, the same for the first save and later ones. */
	private static Map<Field<?>, Object> texts(SiteSettingsCheck.Checked values) {
		var statement = values.accessibility();
		Map<Field<?>, Object> fields = new LinkedHashMap<>();
		fields.put(SITE_SETTINGS.LOGO_ALT, values.logoAlt());
		fields.put(SITE_SETTINGS.ACCENT_COLOUR, values.accentColour() == null ? null : values.accentColour().hex());
		fields.put(SITE_SETTINGS.IMPRESSUM, values.impressum());
		fields.put(SITE_SETTINGS.DATENSCHUTZ, values.datenschutz());
		fields.put(SITE_SETTINGS.A11Y_STATUS, statement.status() == null ? null : statement.status().name());
		fields.put(SITE_SETTINGS.A11Y_BARRIERS, statement.knownBarriers());
		fields.put(SITE_SETTINGS.A11Y_STATEMENT_DATE, statement.statementDate());
		fields.put(SITE_SETTINGS.A11Y_FEEDBACK_CONTACT, statement.feedbackContact());
		fields.put(SITE_SETTINGS.A11Y_ENFORCEMENT_URL, statement.enforcementUrl());
		return fields;
	}

	private static SiteSettings toSettings(Record row) {
		String status = row.get(SITE_SETTINGS.A11Y_STATUS);
		String accent = row.get(SITE_SETTINGS.ACCENT_COLOUR);
		var statement = new SiteSettings.Accessibility(status == null ? null : ConformanceStatus.valueOf(status),
				row.get(SITE_SETTINGS.A11Y_BARRIERS), row.get(SITE_SETTINGS.A11Y_STATEMENT_DATE),
				row.get(SITE_SETTINGS.A11Y_FEEDBACK_CONTACT), row.get(SITE_SETTINGS.A11Y_ENFORCEMENT_URL));
		return new SiteSettings(row.get(SITE_SETTINGS.LOGO_MEDIA_TYPE), row.get(SITE_SETTINGS.LOGO_ALT),
				accent == null ? null : new AccentColour(accent), row.get(SITE_SETTINGS.IMPRESSUM), row.get(SITE_SETTINGS.DATENSCHUTZ),
				statement, row.get(SITE_SETTINGS.VERSION), row.get(SITE_SETTINGS.UPDATED_AT).toInstant());
	}
}
