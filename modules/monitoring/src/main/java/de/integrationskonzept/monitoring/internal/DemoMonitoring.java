package de.integrationskonzept.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.monitoring.Benchmarks;
import de.integrationskonzept.monitoring.FundedProject;
import de.integrationskonzept.monitoring.FundedProjects;
import de.integrationskonzept.monitoring.IndicatorProgress;
import de.integrationskonzept.monitoring.MeasureProgress;
import de.integrationskonzept.monitoring.MeasureProgresses;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.Measurements;
import de.integrationskonzept.monitoring.PublishedMonitoring;
import de.integrationskonzept.monitoring.YearlyReports;
import de.integrationskonzept.monitoring.internal.DemoMonitoringContent.Carrier;
import de.integrationskonzept.monitoring.internal.DemoMonitoringContent.Project;
import de.integrationskonzept.monitoring.internal.DemoMonitoringContent.TenantContent;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.SystemActor;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Loads the demo tenants' monitoring ({@link DemoMonitoringContent}) through the ordinary services,
 * as an editor of each tenant (opt-ins as its tenant admin): yearly IST values marked as example
 * data, Börde's SOLL targets, progress of some measures, Dietzenbach's funded projects with outputs
 * and evaluations, the opt-ins that let the five tenants compare two catalogue indicators, the release of the
 * values of published editions to the public site, and Düsseldorf's frozen and released yearly report 2024. Runs
 * after the concepts (order 30) and participation (order 40); one transaction per tenant.
 * <p>
 * Every item is loaded only while it is missing, so restarts change nothing and never overwrite what
 * staff changed since: a value only for a period without one (targets only with an indicator's first
 * values), progress only for a measure without a recorded change, a project or carrier only if none
 * of that title or name exists, an opt-in only for a code the tenant never decided on. Content of an
 * edition, indicator or measure that does not exist is skipped; a tenant whose content is refused anyway
 * (e.g. a goal removed by staff) is left out with a warning, never failing the start.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "ik.demo.monitoring-import", havingValue = "true")
class DemoMonitoring implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoMonitoring.class);
	static final String ACTOR = "system:demo-import";
	private static final String VIA = "IMPORT";

	private final Tenants tenants;
	private final TenantScope tenantScope;
	private final TransactionTemplate transactions;
	private final ConceptEditions editions;
	private final Actors actors;
	private final Measurements measurements;
	private final MeasureProgresses progresses;
	private final FundedProjects projects;
	private final Benchmarks benchmarks;
	private final PublishedMonitoring published;
	private final YearlyReports reports;

	DemoMonitoring(Tenants tenants, TenantScope tenantScope, TransactionTemplate transactions, ConceptEditions editions, Actors actors,
			Measurements measurements, MeasureProgresses progresses, FundedProjects projects, Benchmarks benchmarks,
			PublishedMonitoring published, YearlyReports reports) {
		this.tenants = tenants;
		this.tenantScope = tenantScope;
		this.transactions = transactions;
		this.editions = editions;
		this.actors = actors;
		this.measurements = measurements;
		this.progresses = progresses;
		this.projects = projects;
		this.benchmarks = benchmarks;
		this.published = published;
		this.reports = reports;
	}

	@Override
	public void run(ApplicationArguments args) {
		int loaded = 0;
		for (TenantContent content : DemoMonitoringContent.all()) {
			try {
				loaded += load(content);
			}
			catch (RuntimeException e) {
				LOG.warn("Demo monitoring of {} not loaded (nothing of it stored): {}", content.slug(), e.getMessage());
			}
		}
		if (loaded > 0) {
			LOG.info("Loaded {} demo monitoring entries (Beispieldaten)", loaded);
		}
	}

	private int load(TenantContent content) {
		var tenant = tenants.findActiveBySlug(content.slug());
		if (tenant.isEmpty()) {
			return 0;
		}
		TenantId id = tenant.get().id();
		return tenantScope.callAs(id, () -> transactions.execute(status -> {
			Set<String> present = as(id, TenantRole.EDITOR, () -> new HashSet<>(content.editions().stream().filter(this::editionExists).toList()));
			int values = as(id, TenantRole.EDITOR, () -> values(content, present));
			int count = values + as(id, TenantRole.EDITOR, () -> progress(content, present) + projects(content, present));
			if (values > 0) {
				// Fresh values only: a restart never re-releases what staff withdrew.
				count += as(id, TenantRole.EDITOR, () -> releaseToThePublic(present));
			}
			count += as(id, TenantRole.EDITOR, () -> reports(content, present));
			return count + as(id, TenantRole.TENANT_ADMIN, () -> optIns(content));
		}));
	}

	private boolean editionExists(String edition) {
		try {
			editions.get(EditionId.of(edition));
			return true;
		}
		catch (EditionProblems.NotFound e) {
			return false;
		}
	}

	/** Values for periods without one; the targets of an indicator only together with its first values. */
	private int values(TenantContent content, Set<String> present) {
		Map<String, Map<UUID, Set<String>>> periods = new HashMap<>();
		for (String edition : present) {
			Map<UUID, Set<String>> byIndicator = new HashMap<>();
			for (IndicatorProgress indicator : measurements.progress(EditionId.of(edition))) {
				Set<String> measured = new HashSet<>();
				indicator.series().stream().filter(point -> point.actual() != null).forEach(point -> measured.add(point.period().toString()));
				byIndicator.put(indicator.indicatorId(), measured);
			}
			periods.put(edition, byIndicator);
		}
		int count = 0;
		Set<String> fresh = new HashSet<>();
		for (DemoMonitoringContent.Values series : content.values()) {
			Set<String> measured = periods.getOrDefault(series.edition(), Map.of()).get(UUID.fromString(series.indicator()));
			if (measured == null) {
				continue;
			}
			if (measured.isEmpty()) {
				fresh.add(series.indicator());
			}
			String[] values = series.series().trim().split("\\s+");
			for (int i = 0; i < values.length; i++) {
				int year = series.firstYear() + i;
				if (values[i].equals("-") || measured.contains(String.valueOf(year))) {
					continue;
				}
				measurements.record(EditionId.of(series.edition()), new Measurements.NewMeasurement(UUID.fromString(series.indicator()),
						String.valueOf(year), new BigDecimal(values[i]), DemoMonitoringContent.SOURCE, LocalDate.of(year + 1, 3, 31), null,
						Measurement.EntryChannel.DEMO));
				count++;
			}
		}
		for (DemoMonitoringContent.Targets targets : content.targets()) {
			if (!fresh.contains(targets.indicator())) {
				continue;
			}
			for (String target : targets.years().trim().split("\\s+")) {
				String[] yearAndValue = target.split("=");
				measurements.setTarget(EditionId.of(targets.edition()), UUID.fromString(targets.indicator()), Integer.parseInt(yearAndValue[0]),
						new BigDecimal(yearAndValue[1]));
				count++;
			}
		}
		return count;
	}

	/** Releases the values of every published edition to the public site (editions not published by concepts stay internal). */
	private int releaseToThePublic(Set<String> present) {
		int count = 0;
		for (String edition : present) {
			if (editions.get(EditionId.of(edition)).status().isPublished() && published.released(EditionId.of(edition)).isEmpty()) {
				published.release(EditionId.of(edition));
				count++;
			}
		}
		return count;
	}

	/** The tenant's yearly report, created, frozen and released once; a report staff made for that year is left alone. */
	private int reports(TenantContent content, Set<String> present) {
		int count = 0;
		for (DemoMonitoringContent.Report report : DemoMonitoringContent.reports()) {
			EditionId edition = EditionId.of(report.edition());
			if (!report.slug().equals(content.slug()) || !present.contains(report.edition())
					|| reports.list(edition).stream().anyMatch(existing -> existing.year() == report.year())) {
				continue;
			}
			reports.createFrozen(edition, report.year(), Map.of(YearlyReports.SUMMARY, report.summary()));
			reports.release(edition, report.year());
			count++;
		}
		return count;
	}

	/** Progress only for measures without a recorded change. */
	private int progress(TenantContent content, Set<String> present) {
		int count = 0;
		Map<String, Map<UUID, MeasureProgress>> byEdition = new HashMap<>();
		for (DemoMonitoringContent.Progress change : content.progress()) {
			if (!present.contains(change.edition())) {
				continue;
			}
			MeasureProgress current = byEdition.computeIfAbsent(change.edition(), edition -> measuresOf(EditionId.of(edition)))
				.get(UUID.fromString(change.measure()));
			if (current == null || current.changedAt() != null) {
				continue;
			}
			progresses.update(EditionId.of(change.edition()), current.measureId(),
					new MeasureProgresses.Update(change.status(), change.percent(), null, change.note(), VIA));
			count++;
		}
		return count;
	}

	private Map<UUID, MeasureProgress> measuresOf(EditionId edition) {
		Map<UUID, MeasureProgress> measures = new HashMap<>();
		progresses.overview(edition).measures().forEach(measure -> measures.put(measure.measureId(), measure));
		return measures;
	}

	/** Projects (and their carriers) by title; outputs and evaluations only with a new project. */
	private int projects(TenantContent content, Set<String> present) {
		int count = 0;
		for (Project project : content.projects()) {
			EditionId edition = EditionId.of(project.edition());
			if (!present.contains(project.edition())
					|| projects.list(edition).stream().anyMatch(existing -> existing.title().equals(project.title()))) {
				continue;
			}
			FundedProject created = projects.create(edition, new FundedProjects.Details(project.title(), carrier(project.carrier()),
					new BigDecimal(project.amount()), project.startsOn(), project.endsOn(), project.goals().stream().map(UUID::fromString).toList(),
					project.description()));
			for (DemoMonitoringContent.Output output : project.outputs()) {
				projects.addOutput(edition, created.id(), output.year(), output.text(), output.value() == null ? null : new BigDecimal(output.value()),
						output.unit());
			}
			for (DemoMonitoringContent.Evaluation evaluation : project.evaluations()) {
				projects.evaluate(edition, created.id(), UUID.fromString(evaluation.goal()), evaluation.rating(), evaluation.text());
			}
			count++;
		}
		return count;
	}

	private UUID carrier(Carrier carrier) {
		return actors.list().stream().filter(actor -> actor.name().equals(carrier.name())).map(Actor::id).findFirst()
			.orElseGet(() -> actors.add(new Actor(null, carrier.kind(), carrier.name(), null, null, null, null, List.of(carrier.field()), null)).id());
	}

	/** Opt-ins only for codes the tenant has not decided on yet (an opt-out stays an opt-out). */
	private int optIns(TenantContent content) {
		Set<String> decided = new HashSet<>(benchmarks.optIns().stream().map(Benchmarks.OptIn::code).toList());
		int count = 0;
		for (DemoMonitoringContent.OptIn optIn : content.optIns()) {
			if (!decided.contains(optIn.code())) {
				benchmarks.setOptIn(optIn.code(), true, optIn.named());
				count++;
			}
		}
		return count;
	}

	private static <T> T as(TenantId tenant, TenantRole role, Supplier<T> work) {
		return SystemActor.callAs(ACTOR, List.of(TenantAuthority.of(tenant, role)), work);
	}
}
