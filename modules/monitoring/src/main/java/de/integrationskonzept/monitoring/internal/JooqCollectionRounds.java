package de.integrationskonzept.monitoring.internal;

import static de.integrationskonzept.monitoring.internal.db.Tables.COLLECTION_SETTING;
import static de.integrationskonzept.monitoring.internal.db.Tables.MEASUREMENT;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.CollectionRounds;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.Period;
import de.integrationskonzept.monitoring.internal.db.tables.records.CollectionSettingRecord;
import de.integrationskonzept.monitoring.internal.domain.CollectionCalendar;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.SystemActor;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqCollectionRounds implements CollectionRounds {

	static final String NO_OFFICE = "ohne zuständige Stelle";

	private final DSLContext dsl;
	private final IndicatorStructure structure;
	private final CurrentAccount currentAccount;
	private final TenantPeople people;

	JooqCollectionRounds(DSLContext dsl, IndicatorStructure structure, CurrentAccount currentAccount, TenantPeople people) {
		this.dsl = dsl;
		this.structure = structure;
		this.currentAccount = currentAccount;
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public Overview overview(EditionId editionId, LocalDate asOf) {
		JooqMeasurements.requireReader();
		Edition edition = structure.edition(editionId);
		EditionIndicators indicators = EditionIndicators.of(edition);
		List<Setting> settings = settings(indicators);
		List<DuePeriod> periods = periods(edition, settings, asOf);
		List<Completeness> byField = completeness(periods, DuePeriod::fieldName, asOf);
		List<Completeness> byOffice = completeness(periods, period -> period.office() == null ? NO_OFFICE : period.office(), asOf)
			.stream().sorted(Comparator.comparing((Completeness c) -> c.group().equals(NO_OFFICE)).thenComparing(Completeness::group)).toList();
		return new Overview(asOf, periods, byField, byOffice, settings);
	}

	@Override
	public Setting configure(EditionId edition, UUID indicatorId, SettingInput input) {
		JooqMeasurements.requireWriter();
		EditionIndicators.Located located = structure.of(edition).require(indicatorId);
		Map<String, String> problems = check(input);
		if (!problems.isEmpty()) {
			throw new MonitoringProblems.Invalid(problems);
		}
		String office = input.office() == null || input.office().isBlank() ? null : input.office().strip();
		int dueDays = input.dueDays() == null ? DEFAULT_DUE_DAYS : input.dueDays();
		Map<org.jooq.Field<?>, Object> values = new LinkedHashMap<>();
		values.put(COLLECTION_SETTING.EDITION_ID, edition.value());
		values.put(COLLECTION_SETTING.CADENCE, input.cadence().name());
		values.put(COLLECTION_SETTING.DUE_DAYS, dueDays);
		values.put(COLLECTION_SETTING.OFFICE, office);
		values.put(COLLECTION_SETTING.RESPONSIBLE_ACCOUNT, input.responsibleAccountId());
		values.put(COLLECTION_SETTING.CHANGED_BY, currentAccount.id().orElse(null));
		values.put(COLLECTION_SETTING.CHANGED_AT, OffsetDateTime.now());
		dsl.insertInto(COLLECTION_SETTING)
			.set(COLLECTION_SETTING.TENANT_ID, TenantContext.require().value())
			.set(COLLECTION_SETTING.INDICATOR_ID, indicatorId)
			.set(values)
			.onConflict(COLLECTION_SETTING.TENANT_ID, COLLECTION_SETTING.INDICATOR_ID).doUpdate()
			.set(values)
			.execute();
		return setting(located, dsl.selectFrom(COLLECTION_SETTING).where(COLLECTION_SETTING.INDICATOR_ID.eq(indicatorId)).fetchSingle());
	}

	private Map<String, String> check(SettingInput input) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (input.cadence() == null) {
			problems.put("cadence", "Bitte wählen Sie, wie oft der Wert erhoben wird.");
		}
		if (input.office() != null && input.office().strip().length() > 200) {
			problems.put("office", "Die zuständige Stelle darf höchstens 200 Zeichen lang sein.");
		}
		if (input.dueDays() != null && (input.dueDays() < 0 || input.dueDays() > 365)) {
			problems.put("dueDays", "Die Frist muss zwischen 0 und 365 Tagen nach Ende des Zeitraums liegen.");
		}
		if (input.responsibleAccountId() != null && !isEditor(input.responsibleAccountId())) {
			problems.put("responsible", "Verantwortlich kann nur ein Konto dieser Kommune mit mindestens der Rolle Redaktion sein.");
		}
		return problems;
	}

	/** Checked as a read-only system actor, so an API client with {@code monitoring.write} can name a person too. */
	private boolean isEditor(UUID accountId) {
		var reader = List.of(TenantAuthority.of(TenantContext.require(), TenantRole.CONTRIBUTOR));
		return SystemActor.callAs("system:monitoring", reader, () -> people.byIds(List.of(accountId)).stream()
			.anyMatch(person -> person.role().includes(TenantRole.EDITOR)));
	}

	/** Every indicator of the edition with its setting (or the default), in the order of the concept. */
	List<Setting> settings(EditionIndicators indicators) {
		Map<UUID, CollectionSettingRecord> rows = dsl.selectFrom(COLLECTION_SETTING)
			.where(anyOf(COLLECTION_SETTING.INDICATOR_ID, indicators.byId().keySet())).fetchMap(COLLECTION_SETTING.INDICATOR_ID);
		return indicators.byId().values().stream().map(located -> setting(located, rows.get(located.indicator().id()))).toList();
	}

	private static Setting setting(EditionIndicators.Located located, CollectionSettingRecord row) {
		UUID id = located.indicator().id();
		String name = located.indicator().name().german();
		UUID fieldId = located.field().id();
		String field = located.field().name().german();
		if (row == null) {
			return new Setting(id, name, fieldId, field, Cadence.YEARLY, DEFAULT_DUE_DAYS, null, null, false);
		}
		return new Setting(id, name, fieldId, field, Cadence.valueOf(row.getCadence()), row.getDueDays(), row.getOffice(),
				row.getResponsibleAccount(), true);
	}

	/** The ended periods of every indicator, from the later of the edition's first year and the indicator's baseline year. */
	List<DuePeriod> periods(Edition edition, List<Setting> settings, LocalDate asOf) {
		Set<String> withValue = currentValues(settings.stream().map(Setting::indicatorId).toList());
		Map<UUID, Edition.Indicator> indicators = EditionIndicators.of(edition).byId().entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().indicator()));
		List<DuePeriod> periods = new ArrayList<>();
		for (Setting setting : settings) {
			Integer baseline = indicators.get(setting.indicatorId()).baselineYear();
			int from = baseline == null ? edition.periodFrom() : Math.max(edition.periodFrom(), baseline);
			for (Period period : CollectionCalendar.endedPeriods(setting.cadence(), from, edition.periodTo(), asOf)) {
				boolean done = withValue.contains(setting.indicatorId() + "|" + period);
				periods.add(new DuePeriod(setting.indicatorId(), setting.indicatorName(), setting.fieldId(), setting.fieldName(), period.toString(),
						CollectionCalendar.dueOn(period, setting.dueDays()), setting.office(), setting.responsibleAccountId(),
						CollectionCalendar.state(period, setting.dueDays(), done, asOf)));
			}
		}
		return periods;
	}

	private Set<String> currentValues(Collection<UUID> indicatorIds) {
		return new HashSet<>(dsl.select(MEASUREMENT.INDICATOR_ID, MEASUREMENT.PERIOD).from(MEASUREMENT)
			.where(anyOf(MEASUREMENT.INDICATOR_ID, indicatorIds), MEASUREMENT.SUPERSEDED_AT.isNull())
			.fetch(row -> row.value1() + "|" + row.value2()));
	}

	/** Per group (in order of first appearance): of the periods past their due date, how many have a value. */
	private static List<Completeness> completeness(List<DuePeriod> periods, Function<DuePeriod, String> group, LocalDate asOf) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (DuePeriod period : periods) {
			int[] count = counts.computeIfAbsent(group.apply(period), key -> new int[2]);
			if (asOf.isAfter(period.dueOn())) {
				count[0]++;
				count[1] += period.state() == State.ERLEDIGT ? 1 : 0;
			}
		}
		return counts.entrySet().stream().map(entry -> new Completeness(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
				CollectionCalendar.completeness(entry.getValue()[1], entry.getValue()[0]))).toList();
	}
}
