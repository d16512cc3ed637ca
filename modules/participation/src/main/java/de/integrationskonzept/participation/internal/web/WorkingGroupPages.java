package de.integrationskonzept.participation.internal.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.participation.GoalSuggestions;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.WorkingGroup;
import de.integrationskonzept.participation.WorkingGroupMeetings;
import de.integrationskonzept.participation.WorkingGroups;
import de.integrationskonzept.participation.Workshops;
import de.integrationskonzept.participation.internal.attachments.AttachmentDownloads;
import de.integrationskonzept.participation.internal.attachments.Attachments;
import de.integrationskonzept.participation.internal.web.WorkingGroupForms.MeetingForm;
import de.integrationskonzept.participation.internal.web.WorkingGroupForms.SuggestionForm;
import de.integrationskonzept.participation.internal.web.WorkingGroupForms.TextForm;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public list of a process's Arbeitsgruppen (field, name, meeting dates — no names of members)
 * and each group's own page for its members and the editors: meetings with agenda and minutes,
 * members, goal suggestions and the form to propose one.
 */
@Controller
@RequestMapping("/{tenantSlug}/beteiligung/{processId}/arbeitsgruppen")
class WorkingGroupPages {

	private final ParticipationProcesses processes;
	private final WorkingGroups groups;
	private final WorkingGroupMeetings meetings;
	private final GoalSuggestions suggestions;
	private final ConceptEditions editions;
	private final Tenants tenants;
	private final Attachments attachments;

	WorkingGroupPages(ParticipationProcesses processes, WorkingGroups groups, WorkingGroupMeetings meetings, GoalSuggestions suggestions,
			ConceptEditions editions, Tenants tenants, Attachments attachments) {
		this.processes = processes;
		this.groups = groups;
		this.meetings = meetings;
		this.suggestions = suggestions;
		this.editions = editions;
		this.tenants = tenants;
		this.attachments = attachments;
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, @PathVariable UUID processId, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", processes.get(processId));
		model.addAttribute("groups", groups.of(processId));
		return "participation/working-groups";
	}

	@GetMapping("/{groupId}")
	String group(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId, Model model) {
		model.addAttribute("suggestionForm", new SuggestionForm());
		model.addAttribute("meetingForm", new MeetingForm());
		return groupPage(processId, groupId, model);
	}

	@PostMapping("/{groupId}/vorschlaege")
	String propose(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@ModelAttribute("suggestionForm") SuggestionForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		group(processId, groupId);
		try {
			suggestions.propose(groupId, form.toNewSuggestion());
			return toGroupPage(redirect, "Vielen Dank! Ihr Zielvorschlag liegt jetzt der Redaktion vor.", tenantSlug, processId, groupId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ParticipationProblems.PhaseClosed closed) {
			model.addAttribute("error", closed.getMessage());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		model.addAttribute("meetingForm", new MeetingForm());
		return groupPage(processId, groupId, model);
	}

	@PostMapping("/{groupId}/sitzungen")
	String schedule(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		group(processId, groupId);
		try {
			meetings.schedule(groupId, form.toNewMeeting());
			return toGroupPage(redirect, "Die Sitzung wurde angesetzt.", tenantSlug, processId, groupId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("suggestionForm", new SuggestionForm());
			return groupPage(processId, groupId, model);
		}
	}

	@GetMapping("/{groupId}/sitzungen/{meetingId}/protokoll")
	String minutesForm(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID meetingId, Model model) {
		TextForm form = new TextForm();
		model.addAttribute("minutesForm", form);
		String page = minutesPage(processId, groupId, meetingId, model);
		form.setText(((WorkingGroup.Meeting) model.getAttribute("meeting")).minutes());
		return page;
	}

	@PostMapping("/{groupId}/sitzungen/{meetingId}/protokoll")
	String recordMinutes(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID meetingId, @ModelAttribute("minutesForm") TextForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		group(processId, groupId);
		try {
			meetings.recordMinutes(groupId, meetingId, form.getText());
			return toGroupPage(redirect, "Das Protokoll wurde gespeichert.", tenantSlug, processId, groupId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			invalid.fieldErrors().values().forEach(message -> errors.rejectValue("text", "participation.invalid", message));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return minutesPage(processId, groupId, meetingId, model);
		}
	}

	@PostMapping("/{groupId}/sitzungen/{meetingId}/dateien")
	String attach(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId, @PathVariable UUID meetingId,
			@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(name = "caption", required = false) String caption,
			@ModelAttribute("minutesForm") TextForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		group(processId, groupId);
		try {
			Workshops.Upload upload = file == null ? new Workshops.Upload(null, null, new byte[0])
					: new Workshops.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
			meetings.attachToMinutes(groupId, meetingId, upload, caption);
			return toMinutesPage(redirect, "Die Datei wurde dem Protokoll angehängt.", tenantSlug, processId, groupId, meetingId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			// The file input is no property of the minutes form: its problem stands above the upload form.
			model.addAttribute("fileError", String.join(" ", invalid.fieldErrors().values()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			String page = minutesPage(processId, groupId, meetingId, model);
			form.setText(((WorkingGroup.Meeting) model.getAttribute("meeting")).minutes());
			return page;
		}
	}

	@PostMapping("/{groupId}/sitzungen/{meetingId}/dateien/{fileId}/entfernen")
	String detach(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId, @PathVariable UUID meetingId,
			@PathVariable UUID fileId, RedirectAttributes redirect) {
		group(processId, groupId);
		meetings.removeFromMinutes(groupId, meetingId, fileId);
		return toMinutesPage(redirect, "Die Datei wurde aus dem Protokoll entfernt.", tenantSlug, processId, groupId, meetingId);
	}

	/** A file of the minutes, for members and editors only (reading the meetings checks that), through its own meeting. */
	@GetMapping("/{groupId}/sitzungen/{meetingId}/dateien/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID meetingId, @PathVariable UUID fileId) {
		group(processId, groupId);
		if (meetings.of(groupId).stream().noneMatch(meeting -> meeting.id().equals(meetingId))) {
			throw new ParticipationProblems.FileNotFound(fileId);
		}
		return attachments.load(Attachments.WORKING_GROUP_MINUTES, meetingId, fileId).map(AttachmentDownloads::response)
			.orElseThrow(() -> new ParticipationProblems.FileNotFound(fileId));
	}

	/** Groups and meetings of other tenants or processes are as absent as unknown ones: the platform's 404 page. */
	@ExceptionHandler({ ParticipationProblems.ProcessNotFound.class, ParticipationProblems.NotFound.class,
			ParticipationProblems.FileNotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String groupPage(UUID processId, UUID groupId, Model model) {
		WorkingGroup group = group(processId, groupId);
		// The services refuse non-members; reading the meetings first keeps the page from showing anything to them.
		List<WorkingGroup.Meeting> groupMeetings = meetings.of(groupId);
		ParticipationProcess process = processes.get(processId);
		var role = groups.roleOfCaller(groupId);
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("process", process);
		model.addAttribute("group", group);
		model.addAttribute("meetings", groupMeetings);
		model.addAttribute("members", groups.members(groupId));
		model.addAttribute("suggestions", suggestions.of(groupId));
		model.addAttribute("member", role.isPresent());
		model.addAttribute("canSchedule", role.filter(WorkingGroup.MemberRole.LEITUNG::equals).isPresent()
				|| AccessControl.hasTenantRole(TenantRole.EDITOR));
		model.addAttribute("parentGoals", editions.get(process.editionId()).fields().stream()
			.filter(field -> field.id().equals(group.fieldId())).flatMap(field -> field.goals().stream())
			.flatMap(Edition.Goal::withSubGoals).toList());
		return "participation/working-group";
	}

	private String minutesPage(UUID processId, UUID groupId, UUID meetingId, Model model) {
		WorkingGroup group = group(processId, groupId);
		// The form is for those who may keep the minutes; the service checks again when saving.
		if (!AccessControl.hasTenantRole(TenantRole.EDITOR) && groups.roleOfCaller(groupId).filter(WorkingGroup.MemberRole.LEITUNG::equals).isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("requires the working group's Leitung or EDITOR");
		}
		WorkingGroup.Meeting meeting = WorkingGroupLookup.meeting(meetings, groupId, meetingId);
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("group", group);
		model.addAttribute("meeting", meeting);
		return "participation/working-group-minutes";
	}

	private WorkingGroup group(UUID processId, UUID groupId) {
		return WorkingGroupLookup.inProcess(groups, processId, groupId);
	}

	/** After a change: back to the group's page, which shows {@code message} once (post/redirect/get). */
	private static String toGroupPage(RedirectAttributes redirect, String message, String tenantSlug, UUID processId, UUID groupId) {
		redirect.addFlashAttribute("message", message);
		return "redirect:" + base(tenantSlug, processId) + "/" + groupId;
	}

	/** After a change to the minutes: back to their page, which shows {@code message} once. */
	private static String toMinutesPage(RedirectAttributes redirect, String message, String tenantSlug, UUID processId, UUID groupId,
			UUID meetingId) {
		redirect.addFlashAttribute("message", message);
		return "redirect:" + base(tenantSlug, processId) + "/" + groupId + "/sitzungen/" + meetingId + "/protokoll";
	}

	private static String base(String tenantSlug, UUID processId) {
		return "/" + tenantSlug + "/beteiligung/" + processId + "/arbeitsgruppen";
	}
}
