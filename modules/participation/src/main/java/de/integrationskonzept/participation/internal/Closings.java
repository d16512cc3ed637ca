package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.CLOSING;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.participation.ParticipationEvents;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.platform.persistence.CrossTenantOperations;
import de.integrationskonzept.platform.persistence.ExclusiveJobs;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Closes the Expertenbewertung and the Abstimmung of a process once their phase has ended and
 * tells other modules, exactly once per process: a row in {@code participation.closing} is
 * inserted with {@code on conflict do nothing}, and only the transaction that inserted it publishes
 * {@code RatingsClosed} / {@code VoteClosed}. Two paths lead here: an hourly job over all tenants
 * (so the events arrive even if nobody looks), and the first look at the results after the end
 * (so the results never show unsealed while the closing is still missing).
 */
@Component
public class Closings {

	static final String ACTOR = "system:participation-closings";

	private final DSLContext dsl;
	private final ApplicationEventPublisher events;
	private final ParticipationProcesses processes;
	private final CrossTenantOperations crossTenant;
	private final Tenants tenants;

	private final ExclusiveJobs jobs;

	Closings(ExclusiveJobs jobs, DSLContext dsl, ApplicationEventPublisher events, ParticipationProcesses processes, CrossTenantOperations crossTenant,
			Tenants tenants) {
		this.jobs = jobs;
		this.dsl = dsl;
		this.events = events;
		this.processes = processes;
		this.crossTenant = crossTenant;
		this.tenants = tenants;
	}

	@Scheduled(cron = "${ik.participation.closings-cron:0 5 * * * *}", zone = "Europe/Berlin")
	void hourly() {
		jobs.runExclusively("participation.closings", this::closeAllEnded);
	}

	/** Closes every ended rating phase and vote of every active tenant; answers the tenants where something closed. */
	public List<de.integrationskonzept.platform.tenancy.TenantId> closeAllEnded() {
		LocalDate today = ParticipationProcess.today();
		var all = tenants.findActive().stream().map(Tenant::id).toList();
		return crossTenant.forEachTenant(ACTOR, "Beendete Expertenbewertungen und Abstimmungen schließen", all,
				tenant -> processes.list().stream().map(process -> closeIfEnded(process, today)).reduce(false, Boolean::logicalOr));
	}

	/** Closes what has ended in this process; answers whether anything was closed now. */
	@Transactional
	public boolean closeIfEnded(ParticipationProcess process, LocalDate today) {
		boolean ratings = PhaseWindows.hasEnded(process, PhaseKind.EXPERTENBEWERTUNG, today) && close(process, Kind.RATINGS);
		boolean vote = PhaseWindows.hasEnded(process, PhaseKind.ABSTIMMUNG, today) && close(process, Kind.VOTE);
		return ratings || vote;
	}

	enum Kind {
		RATINGS, VOTE
	}

	private boolean close(ParticipationProcess process, Kind kind) {
		int inserted = dsl.insertInto(CLOSING)
			.set(CLOSING.TENANT_ID, TenantContext.require().value())
			.set(CLOSING.PROCESS_ID, process.id())
			.set(CLOSING.KIND, kind.name())
			.onConflictDoNothing()
			.execute();
		if (inserted == 0) {
			return false;
		}
		events.publishEvent(kind == Kind.RATINGS ? new ParticipationEvents.RatingsClosed(TenantContext.require(), process.id())
				: new ParticipationEvents.VoteClosed(TenantContext.require(), process.id()));
		return true;
	}
}
