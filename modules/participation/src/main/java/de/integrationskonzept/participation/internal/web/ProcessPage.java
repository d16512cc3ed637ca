package de.integrationskonzept.participation.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import de.integrationskonzept.participation.Consents;
import de.integrationskonzept.participation.IdeaPage;
import de.integrationskonzept.participation.Ideas;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.PhaseKind;
import de.integrationskonzept.participation.Questionnaires;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Fills the model of the public process page (phases, one page of ideas with support and comments, forms), for every
 * controller that shows it.
 */
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

	/** The page with the first page of ideas. */
	String render(UUID id, Model model) {
		return render(id, 1, model);
	}

	/** The page with page {@code ideaPage} of the ideas (see {@link Ideas#page}). */
	String render(UUID id, int ideaPage, Model model) {
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
		IdeaPage page = ideas.page(id, ideaPage);
		model.addAttribute("ideaPage", page);
		model.addAttribute("ideaPageLinks", pageLinks(page.number(), page.pages()));
		model.addAttribute("consent", consents.current());
		model.addAttribute("questionnaires", questionnaires.of(id));
		if (!model.containsAttribute("ideaForm")) {
			model.addAttribute("ideaForm", new IdeaForm());
		}
		return "participation/process";
	}

	/**
	 * The page numbers to link: all of up to nine pages; otherwise the first, the last and two either side of the
	 * current one, with 0 where numbers are left out (shown as "…").
	 */
	static List<Integer> pageLinks(int current, int pages) {
		if (pages <= 9) {
			return IntStream.rangeClosed(1, pages).boxed().toList();
		}
		List<Integer> links = new ArrayList<>();
		for (int number = 1; number <= pages; number++) {
			if (number == 1 || number == pages || Math.abs(number - current) <= 2) {
				links.add(number);
			}
			else if (links.getLast() != 0) {
				links.add(0);
			}
		}
		return links;
	}
}
