package de.integrationskonzept.participation.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.participation.Idea;
import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Phase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Beteiligungsverfahren and their ideas for members of the tenant (citizens and staff).
 */
@RestController
@RequestMapping("/api/{tenantSlug}/participation/processes")
@Tag(name = "Beteiligung", description = "Beteiligungsverfahren einer Kommune und die Ideen der Bürgerinnen und Bürger")
class ParticipationApi {

	private final ParticipationProcesses processes;
	private final Ideas ideas;

	ParticipationApi(ParticipationProcesses processes, Ideas ideas) {
		this.processes = processes;
		this.ideas = ideas;
	}

	/** A process with the phase current today (Europe/Berlin), if any. */
	record ProcessView(UUID id, String editionId, String title, String description, List<Phase> phases, Phase currentPhase) {

		static ProcessView of(ParticipationProcess process, LocalDate today) {
			return new ProcessView(process.id(), process.editionId().toString(), process.title(), process.description(), process.phases(),
					process.currentPhase(today).orElse(null));
		}
	}

	record ProcessWithIdeas(ProcessView process, List<Idea> ideas) {
	}

	@GetMapping
	@Operation(summary = "Beteiligungsverfahren", description = "Alle Verfahren der Kommune mit ihren Phasen und der heute laufenden Phase.")
	List<ProcessView> list(@PathVariable String tenantSlug) {
		LocalDate today = ParticipationProcess.today();
		return processes.list().stream().map(process -> ProcessView.of(process, today)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Ein Beteiligungsverfahren mit seinen Ideen")
	ProcessWithIdeas get(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return new ProcessWithIdeas(ProcessView.of(processes.get(id), ParticipationProcess.today()), ideas.of(id));
	}

	@PostMapping("/{id}/ideas")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Idee einreichen", description = "Nur während einer Ideensammlung; consent muss true sein. "
			+ "consentVersion: die gezeigte Fassung des Einwilligungstexts (GET …/consent); ist inzwischen eine neuere in Kraft: 409. "
			+ "Außerhalb der Ideensammlung: 409, ungültige Eingaben: 422.")
	Idea submit(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody Ideas.NewIdea idea) {
		return ideas.submit(id, idea);
	}
}
