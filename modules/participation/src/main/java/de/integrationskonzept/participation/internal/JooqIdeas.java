package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.IDEA;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.participation.Idea;
import de.integrationskonzept.participation.IdeaStatus;
import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationEvents;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.participation.internal.db.tables.records.IdeaRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqIdeas implements Ideas {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final DSLContext dsl;
	private final ParticipationProcesses processes;
	private final ApplicationEventPublisher events;

	JooqIdeas(DSLContext dsl, ParticipationProcesses processes, ApplicationEventPublisher events) {
		this.dsl = dsl;
		this.processes = processes;
		this.events = events;
	}

	@Override
	public Idea submit(UUID processId, NewIdea idea) {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		ParticipationProcess process = processes.get(processId);
		requireIdeaPhase(process, ParticipationProcess.today());
		Map<String, String> problems = ProcessRules.check(idea);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		UUID id = UUID.randomUUID();
		String field = idea.field() == null || idea.field().isBlank() ? null : idea.field().strip();
		dsl.insertInto(IDEA)
			.set(IDEA.TENANT_ID, TenantContext.require().value())
			.set(IDEA.ID, id)
			.set(IDEA.PROCESS_ID, processId)
			.set(IDEA.AUTHOR, AccessControl.actor().orElseThrow())
			.set(IDEA.TITLE, idea.title().strip())
			.set(IDEA.TEXT, idea.text().strip())
			.set(IDEA.FIELD, field)
			.set(IDEA.STATUS, IdeaStatus.EINGEGANGEN.name())
			.set(IDEA.CONSENT_VERSION, CONSENT_VERSION)
			.execute();
		events.publishEvent(new ParticipationEvents.IdeaSubmitted(TenantContext.require(), processId, id));
		return dsl.selectFrom(IDEA).where(IDEA.ID.eq(id)).fetchSingle(JooqIdeas::toIdea);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Idea> of(UUID processId) {
		processes.get(processId);
		return dsl.selectFrom(IDEA).where(IDEA.PROCESS_ID.eq(processId)).orderBy(IDEA.SUBMITTED_AT.desc(), IDEA.ID).fetch(JooqIdeas::toIdea);
	}

	/** Ideas only while an Ideensammlung is current: before it opens and after its deadline the service refuses. */
	static void requireIdeaPhase(ParticipationProcess process, LocalDate today) {
		if (process.currentPhase(today).map(Phase::kind).filter(PhaseKind.IDEENSAMMLUNG::equals).isPresent()) {
			return;
		}
		var next = process.phases().stream().filter(phase -> phase.kind() == PhaseKind.IDEENSAMMLUNG && phase.startsOn().isAfter(today))
			.findFirst();
		if (next.isPresent()) {
			throw new ParticipationProblems.PhaseClosed("Die Ideensammlung beginnt erst am " + DAY.format(next.get().startsOn())
					+ ". Bis dahin können noch keine Ideen eingereicht werden.");
		}
		var last = process.phases().stream().filter(phase -> phase.kind() == PhaseKind.IDEENSAMMLUNG).reduce((first, second) -> second);
		throw new ParticipationProblems.PhaseClosed(last.map(phase -> "Die Ideensammlung ist am " + DAY.format(phase.endsOn())
				+ " zu Ende gegangen. Neue Ideen können nicht mehr eingereicht werden.")
			.orElse("Dieses Beteiligungsverfahren sieht keine Ideensammlung vor."));
	}

	private static Idea toIdea(IdeaRecord row) {
		return new Idea(row.getId(), row.getProcessId(), row.getTitle(), row.getText(), row.getField(), IdeaStatus.valueOf(row.getStatus()),
				row.getConsentVersion(), row.getSubmittedAt().toInstant());
	}
}
