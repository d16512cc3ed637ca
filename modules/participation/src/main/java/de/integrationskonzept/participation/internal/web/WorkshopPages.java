package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.RegistrationStatus;
import de.integrationskonzept.participation.Workshop;
import de.integrationskonzept.participation.Workshops;
import de.integrationskonzept.participation.internal.attachments.AttachmentDownloads;
import de.integrationskonzept.participation.internal.attachments.Attachments;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public workshop pages: the list of a process's workshops, one workshop with the register or
 * cancel form (plain forms, no script), and its documentation with photos and files.
 */
@Controller
@RequestMapping("/{tenantSlug}/beteiligung/{processId}/workshops")
class WorkshopPages {

	private final ParticipationProcesses processes;
	private final Workshops workshops;
	private final Attachments attachments;
	private final Tenants tenants;

	WorkshopPages(ParticipationProcesses processes, Workshops workshops, Attachments attachments, Tenants tenants) {
		this.processes = processes;
		this.workshops = workshops;
		this.attachments = attachments;
		this.tenants = tenants;
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, @PathVariable UUID processId, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", processes.get(processId));
		model.addAttribute("workshops", workshops.of(processId));
		model.addAttribute("now", Instant.now());
		return "participation/workshops";
	}

	@GetMapping("/{workshopId}")
	String workshop(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId, Model model) {
		return page(processId, workshopId, model);
	}

	@PostMapping("/{workshopId}/anmeldung")
	String register(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Workshops.Registration registration = workshops.register(processId, workshopId);
			redirect.addFlashAttribute("message", registration.status() == RegistrationStatus.CONFIRMED
					? "Sie sind angemeldet. Eine Bestätigung kommt per E-Mail."
					: "Der Workshop ist ausgebucht. Sie stehen auf Platz " + registration.waitingPosition()
							+ " der Warteliste und rücken automatisch nach, sobald ein Platz frei wird.");
			return "redirect:/" + tenantSlug + "/beteiligung/" + processId + "/workshops/" + workshopId;
		}
		catch (ParticipationProblems.PhaseClosed | ParticipationProblems.AlreadyDone refused) {
			return refused(refused.getMessage(), processId, workshopId, model, response);
		}
	}

	@PostMapping("/{workshopId}/abmeldung")
	String cancel(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			workshops.cancelMine(processId, workshopId);
			redirect.addFlashAttribute("message", "Sie haben sich abgemeldet. Ihr Platz ist wieder frei.");
			return "redirect:/" + tenantSlug + "/beteiligung/" + processId + "/workshops/" + workshopId;
		}
		catch (ParticipationProblems.PhaseClosed | ParticipationProblems.NotRegistered refused) {
			return refused(refused.getMessage(), processId, workshopId, model, response);
		}
	}

	@GetMapping("/{workshopId}/dokumentation")
	String documentation(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", processes.get(processId));
		model.addAttribute("workshop", workshops.get(processId, workshopId));
		model.addAttribute("files", workshops.files(processId, workshopId));
		return "participation/workshop-documentation";
	}

	/** A photo or file of the documentation; only through its own workshop (and tenant). */
	@GetMapping("/{workshopId}/dateien/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId,
			@PathVariable UUID fileId) {
		workshops.get(processId, workshopId);
		return attachments.load(Attachments.WORKSHOP, workshopId, fileId).map(AttachmentDownloads::response)
			.orElseThrow(() -> new ParticipationProblems.FileNotFound(fileId));
	}

	/** A workshop, process or file of another tenant is as absent as one that never existed: the platform's 404 page. */
	@ExceptionHandler({ ParticipationProblems.ProcessNotFound.class, ParticipationProblems.WorkshopNotFound.class,
			ParticipationProblems.FileNotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String refused(String message, UUID processId, UUID workshopId, Model model, HttpServletResponse response) {
		model.addAttribute("error", message);
		response.setStatus(HttpStatus.CONFLICT.value());
		return page(processId, workshopId, model);
	}

	private String page(UUID processId, UUID workshopId, Model model) {
		Workshop workshop = workshops.get(processId, workshopId);
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", processes.get(processId));
		model.addAttribute("workshop", workshop);
		model.addAttribute("begun", workshop.hasBegunAt(Instant.now()));
		model.addAttribute("citizen", AccessControl.hasTenantRole(TenantRole.CITIZEN));
		model.addAttribute("registration", workshops.mine(processId, workshopId).orElse(null));
		return "participation/workshop";
	}
}
