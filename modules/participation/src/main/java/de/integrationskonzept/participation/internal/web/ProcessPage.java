package de.integrationskonzept.participation.internal.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import de.integrationskonzept.participation.Consents;
import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.participation.Questionnaires;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;

/** Fills the model of the public process page (phases, ideas with support and comments, forms), for every controller that shows it. */
@Component
class ProcessPage {

	private final ParticipationProcesses processes;
	private final Ideas ideas;
	private final Tenants tenants;
	private final Questionnaires questionnaires;
	private final Consents consents;

	ProcessPage(ParticipationProcesses processes, Ideas ideas, Tenants tenants, Questionnaires questionnaires, Consents consents) {
		this.consents = consents;
		this.processes = processes;
		this.ideas = ideas;
		this.tenants = tenants;
		this.questionnaires = questionnaires;
	}

	String render(UUID id, Model model) {
		LocalDate today = ParticipationProcess.today();
		ParticipationProcess process = processes.get(id);
		boolean collecting = process.currentPhase(today).filter(phase -> phase.kind() == PhaseKind.IDEENSAMMLUNG).isPresent();
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("today", today);
		model.addAttribute("zone", ParticipationProcess.ZONE);
		model.addAttribute("process", process);
		model.addAttribute("currentPhase", process.currentPhase(today).orElse(null));
		model.addAttribute("ideaPhase", collecting);
		model.addAttribute("citizen", AccessControl.hasTenantRole(TenantRole.CITIZEN));
		model.addAttribute("ideas", ideas.of(id));
		model.addAttribute("consent", consents.current());
		model.addAttribute("questionnaires", questionnaires.of(id));
		if (!model.containsAttribute("ideaForm")) {
			model.addAttribute("ideaForm", new IdeaForm());
		}
		return "participation/process";
	}
}
