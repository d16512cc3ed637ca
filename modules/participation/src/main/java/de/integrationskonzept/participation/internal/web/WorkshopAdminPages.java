package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.Workshop;
import de.integrationskonzept.participation.Workshops;
import de.integrationskonzept.participation.internal.attachments.Attachments;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editors' workshop pages: plan workshops of a process, see who registered, write the
 * documentation and add photos and files to it.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/beteiligung/{processId}/workshops")
class WorkshopAdminPages {

	private final ParticipationProcesses processes;
	private final Workshops workshops;
	private final Attachments attachments;

	WorkshopAdminPages(ParticipationProcesses processes, Workshops workshops, Attachments attachments) {
		this.processes = processes;
		this.workshops = workshops;
		this.attachments = attachments;
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, @PathVariable UUID processId, Model model) {
		model.addAttribute("workshopForm", new WorkshopForm());
		return listPage(tenantSlug, processId, model);
	}

	@PostMapping
	String create(@PathVariable String tenantSlug, @PathVariable UUID processId, @ModelAttribute("workshopForm") WorkshopForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Workshop created = workshops.create(processId, form.toDetails());
			redirect.addFlashAttribute("message", "Der Workshop „" + created.title() + "“ wurde angelegt.");
			return "redirect:" + base(tenantSlug, processId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return listPage(tenantSlug, processId, model);
		}
	}

	@GetMapping("/{workshopId}")
	String edit(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId, Model model) {
		Workshop workshop = workshops.get(processId, workshopId);
		model.addAttribute("workshopForm", WorkshopForm.of(workshop));
		DocumentationForm documentation = new DocumentationForm();
		documentation.setDocumentation(workshop.documentation());
		model.addAttribute("documentationForm", documentation);
		model.addAttribute("fileForm", new DocumentationForm());
		return editPage(tenantSlug, processId, workshopId, model);
	}

	@PostMapping("/{workshopId}")
	String update(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId,
			@ModelAttribute("workshopForm") WorkshopForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			workshops.update(processId, workshopId, form.toDetails());
			return saved(redirect, "Die Angaben zum Workshop wurden gespeichert.", tenantSlug, processId, workshopId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			return invalid(tenantSlug, processId, workshopId, model, response);
		}
	}

	@PostMapping("/{workshopId}/dokumentation")
	String document(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId,
			@ModelAttribute("documentationForm") DocumentationForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			workshops.document(processId, workshopId, form.getDocumentation());
			return saved(redirect, "Die Dokumentation wurde gespeichert und ist öffentlich.", tenantSlug, processId, workshopId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			return invalid(tenantSlug, processId, workshopId, model, response);
		}
	}

	@PostMapping("/{workshopId}/dateien")
	String upload(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId,
			@RequestParam(name = "file", required = false) MultipartFile file, @ModelAttribute("fileForm") DocumentationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		try {
			Workshops.Upload upload = file == null ? new Workshops.Upload(null, null, new byte[0])
					: new Workshops.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
			workshops.addFile(processId, workshopId, upload, form.getCaption());
			return saved(redirect, "Die Datei wurde zur Dokumentation hinzugefügt.", tenantSlug, processId, workshopId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			// The file input is no property of the form object: its problem is a form-wide one, shown beside the input.
			invalid.fieldErrors().forEach((field, message) -> {
				if (field.equals("caption")) {
					errors.rejectValue("caption", "participation.invalid", message);
				}
				else {
					errors.reject("participation.invalid", message);
				}
			});
			return invalid(tenantSlug, processId, workshopId, model, response);
		}
	}

	@PostMapping("/{workshopId}/dateien/{fileId}/entfernen")
	String remove(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId, @PathVariable UUID fileId,
			RedirectAttributes redirect) {
		workshops.removeFile(processId, workshopId, fileId);
		return saved(redirect, "Die Datei wurde entfernt.", tenantSlug, processId, workshopId);
	}

	/** A workshop, process or file of another tenant is as absent as one that never existed: the platform's 404 page. */
	@ExceptionHandler({ ParticipationProblems.ProcessNotFound.class, ParticipationProblems.WorkshopNotFound.class,
			ParticipationProblems.FileNotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String saved(RedirectAttributes redirect, String message, String tenantSlug, UUID processId, UUID workshopId) {
		redirect.addFlashAttribute("message", message);
		return "redirect:" + base(tenantSlug, processId) + "/" + workshopId;
	}

	/** Renders the edit page again with the form that failed (the others freshly filled). */
	private String invalid(String tenantSlug, UUID processId, UUID workshopId, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		Workshop workshop = workshops.get(processId, workshopId);
		if (!model.containsAttribute("workshopForm")) {
			model.addAttribute("workshopForm", WorkshopForm.of(workshop));
		}
		if (!model.containsAttribute("documentationForm")) {
			DocumentationForm documentation = new DocumentationForm();
			documentation.setDocumentation(workshop.documentation());
			model.addAttribute("documentationForm", documentation);
		}
		if (!model.containsAttribute("fileForm")) {
			model.addAttribute("fileForm", new DocumentationForm());
		}
		return editPage(tenantSlug, processId, workshopId, model);
	}

	private String listPage(String tenantSlug, UUID processId, Model model) {
		// Staff only; the service checks again when writing.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("process", processes.get(processId));
		model.addAttribute("workshops", workshops.of(processId));
		return "participation/workshop-admin";
	}

	private String editPage(String tenantSlug, UUID processId, UUID workshopId, Model model) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("process", processes.get(processId));
		model.addAttribute("workshop", workshops.get(processId, workshopId));
		model.addAttribute("participants", workshops.participants(processId, workshopId));
		model.addAttribute("files", workshops.files(processId, workshopId));
		model.addAttribute("maxMegabytes", attachments.maxBytes() / (1024 * 1024));
		return "participation/workshop-edit";
	}

	private static String base(String tenantSlug, UUID processId) {
		return "/" + tenantSlug + "/verwaltung/beteiligung/" + processId + "/workshops";
	}
}
