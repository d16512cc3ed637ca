package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.PHASE;
import static de.integrationskonzept.participation.internal.db.Tables.PROCESS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqParticipationProcesses implements ParticipationProcesses {

	private final DSLContext dsl;
	private final ConceptEditions editions;

	JooqParticipationProcesses(DSLContext dsl, ConceptEditions editions) {
		this.dsl = dsl;
		this.editions = editions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ParticipationProcess> list() {
		List<Record> rows = dsl.select(PROCESS.fields()).from(PROCESS).orderBy(PROCESS.CREATED_AT.desc(), PROCESS.ID).fetch();
		Map<UUID, List<Phase>> phases = dsl.selectFrom(PHASE).orderBy(PHASE.PROCESS_ID, PHASE.POSITION).fetch().stream()
			.collect(Collectors.groupingBy(row -> row.getProcessId(),
					Collectors.mapping(row -> new Phase(PhaseKind.valueOf(row.getKind()), row.getStartsOn(), row.getEndsOn()), Collectors.toList())));
		return rows.stream().map(row -> toProcess(row, phases.getOrDefault(row.get(PROCESS.ID), List.of()))).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public ParticipationProcess get(UUID id) {
		Record row = dsl.select(PROCESS.fields()).from(PROCESS).where(PROCESS.ID.eq(id)).fetchOptional()
			.orElseThrow(() -> new ParticipationProblems.ProcessNotFound(id));
		List<Phase> phases = dsl.selectFrom(PHASE).where(PHASE.PROCESS_ID.eq(id)).orderBy(PHASE.POSITION)
			.fetch(phase -> new Phase(PhaseKind.valueOf(phase.getKind()), phase.getStartsOn(), phase.getEndsOn()));
		return toProcess(row, phases);
	}

	@Override
	public ParticipationProcess create(NewProcess process) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		Map<String, String> problems = new java.util.LinkedHashMap<>(ProcessRules.check(process));
		EditionId edition = problems.containsKey("editionId") ? null : existingEdition(process.editionId(), problems);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		UUID id = UUID.randomUUID();
		UUID tenant = TenantContext.require().value();
		dsl.insertInto(PROCESS)
			.set(PROCESS.TENANT_ID, tenant)
			.set(PROCESS.ID, id)
			.set(PROCESS.EDITION_ID, edition.value())
			.set(PROCESS.TITLE, process.title().strip())
			.set(PROCESS.DESCRIPTION, process.description() == null ? "" : process.description().strip())
			.set(PROCESS.EXAMPLE, process.example())
			.execute();
		List<Phase> phases = new ArrayList<>(process.phases());
		for (int position = 0; position < phases.size(); position++) {
			Phase phase = phases.get(position);
			dsl.insertInto(PHASE)
				.set(PHASE.TENANT_ID, tenant)
				.set(PHASE.PROCESS_ID, id)
				.set(PHASE.POSITION, position)
				.set(PHASE.KIND, phase.kind().name())
				.set(PHASE.STARTS_ON, phase.startsOn())
				.set(PHASE.ENDS_ON, phase.endsOn())
				.execute();
		}
		return get(id);
	}

	private EditionId existingEdition(String id, Map<String, String> problems) {
		try {
			EditionId edition = EditionId.of(id.strip());
			editions.get(edition);
			return edition;
		}
		catch (IllegalArgumentException | EditionProblems.NotFound e) {
			problems.put("editionId", "Die gewählte Ausgabe des Integrationskonzepts gibt es in dieser Kommune nicht.");
			return null;
		}
	}

	private static ParticipationProcess toProcess(Record row, List<Phase> phases) {
		return new ParticipationProcess(row.get(PROCESS.ID), new EditionId(row.get(PROCESS.EDITION_ID)), row.get(PROCESS.TITLE),
				row.get(PROCESS.DESCRIPTION), phases, row.get(PROCESS.EXAMPLE));
	}
}
