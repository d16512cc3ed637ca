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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.participation.GoalSuggestion;
import de.integrationskonzept.participation.GoalSuggestions;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.WorkingGroup;
import de.integrationskonzept.participation.WorkingGroups;
import de.integrationskonzept.participation.internal.web.WorkingGroupForms.GroupForm;
import de.integrationskonzept.participation.internal.web.WorkingGroupForms.MemberForm;
import de.integrationskonzept.participation.internal.web.WorkingGroupForms.TextForm;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editors' pages of a process's Arbeitsgruppen: create groups, add and remove members, accept
 * or reject goal suggestions. Meetings and minutes are on the group's own page, which editors see too.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/beteiligung/{processId}/arbeitsgruppen")
class WorkingGroupAdminPages {

	private final ParticipationProcesses processes;
	private final WorkingGroups groups;
	private final GoalSuggestions suggestions;
	private final ConceptEditions editions;

	WorkingGroupAdminPages(ParticipationProcesses processes, WorkingGroups groups, GoalSuggestions suggestions, ConceptEditions editions) {
		this.processes = processes;
		this.groups = groups;
		this.suggestions = suggestions;
		this.editions = editions;
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, @PathVariable UUID processId, Model model) {
		model.addAttribute("groupForm", new GroupForm());
		return listPage(tenantSlug, processId, model);
	}

	@PostMapping
	String create(@PathVariable String tenantSlug, @PathVariable UUID processId, @ModelAttribute("groupForm") GroupForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			WorkingGroup created = groups.create(processId, form.toNewGroup());
			return toGroupPage(redirect, "Die Arbeitsgruppe „" + created.name() + "“ wurde angelegt.", tenantSlug, processId, created.id());
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return listPage(tenantSlug, processId, model);
		}
	}

	@GetMapping("/{groupId}")
	String group(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId, Model model) {
		model.addAttribute("memberForm", new MemberForm());
		return groupPage(tenantSlug, processId, groupId, model);
	}

	@PostMapping("/{groupId}/mitglieder")
	String addMember(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		group(processId, groupId);
		try {
			WorkingGroup.Member member = groups.addMember(groupId, form.getEmail(), form.getRole());
			String message = member.displayName() + " ist jetzt " + member.role().label() + " der Arbeitsgruppe.";
			return toGroupPage(redirect, message, tenantSlug, processId, groupId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return groupPage(tenantSlug, processId, groupId, model);
		}
	}

	@PostMapping("/{groupId}/mitglieder/{accountId}/entfernen")
	String removeMember(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID accountId, RedirectAttributes redirect) {
		group(processId, groupId);
		groups.removeMember(groupId, accountId);
		return toGroupPage(redirect, "Das Mitglied wurde aus der Arbeitsgruppe entfernt.", tenantSlug, processId, groupId);
	}

	@PostMapping("/{groupId}/vorschlaege/{suggestionId}/annehmen")
	String accept(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID suggestionId, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		group(processId, groupId);
		try {
			GoalSuggestion accepted = suggestions.accept(groupId, suggestionId);
			return toGroupPage(redirect, "Das Ziel „" + accepted.title() + "“ wurde in die Ausgabe aufgenommen.", tenantSlug, processId, groupId);
		}
		catch (ParticipationProblems.EditionNotDraft | ParticipationProblems.AlreadyDone | ParticipationProblems.Invalid refused) {
			model.addAttribute("error", refused.getMessage());
			model.addAttribute("memberForm", new MemberForm());
			response.setStatus(refused.status().value());
			return groupPage(tenantSlug, processId, groupId, model);
		}
	}

	@GetMapping("/{groupId}/vorschlaege/{suggestionId}/ablehnen")
	String rejectForm(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID suggestionId, Model model) {
		model.addAttribute("rejectForm", new TextForm());
		return rejectPage(tenantSlug, processId, groupId, suggestionId, model);
	}

	@PostMapping("/{groupId}/vorschlaege/{suggestionId}/ablehnen")
	String reject(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID suggestionId, @ModelAttribute("rejectForm") TextForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		group(processId, groupId);
		try {
			GoalSuggestion rejected = suggestions.reject(groupId, suggestionId, form.getText());
			return toGroupPage(redirect, "Der Vorschlag „" + rejected.title() + "“ wurde abgelehnt.", tenantSlug, processId, groupId);
		}
		catch (ParticipationProblems.Invalid invalid) {
			invalid.fieldErrors().values().forEach(message -> errors.rejectValue("text", "participation.invalid", message));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return rejectPage(tenantSlug, processId, groupId, suggestionId, model);
		}
	}

	/** Groups, suggestions and meetings of other tenants or processes are as absent as unknown ones. */
	@ExceptionHandler({ ParticipationProblems.ProcessNotFound.class, ParticipationProblems.NotFound.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private String listPage(String tenantSlug, UUID processId, Model model) {
		// Staff only; the service checks again when creating.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		ParticipationProcess process = processes.get(processId);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("process", process);
		model.addAttribute("groups", groups.of(processId));
		model.addAttribute("fields", editions.get(process.editionId()).fields());
		return "participation/working-groups-admin";
	}

	private String groupPage(String tenantSlug, UUID processId, UUID groupId, Model model) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		WorkingGroup group = group(processId, groupId);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("process", processes.get(processId));
		model.addAttribute("group", group);
		model.addAttribute("members", groups.members(groupId));
		model.addAttribute("roles", WorkingGroup.MemberRole.values());
		model.addAttribute("suggestions", suggestions.of(groupId));
		return "participation/working-group-admin";
	}

	private String rejectPage(String tenantSlug, UUID processId, UUID groupId, UUID suggestionId, Model model) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		WorkingGroup group = group(processId, groupId);
		GoalSuggestion suggestion = WorkingGroupLookup.suggestion(suggestions, groupId, suggestionId);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("group", group);
		model.addAttribute("suggestion", suggestion);
		return "participation/working-group-reject";
	}

	private WorkingGroup group(UUID processId, UUID groupId) {
		return WorkingGroupLookup.inProcess(groups, processId, groupId);
	}

	/** After a change: back to the group's page, which shows {@code message} once (post/redirect/get). */
	private static String toGroupPage(RedirectAttributes redirect, String message, String tenantSlug, UUID processId, UUID groupId) {
		redirect.addFlashAttribute("message", message);
		return "redirect:" + base(tenantSlug, processId) + "/" + groupId;
	}

	private static String base(String tenantSlug, UUID processId) {
		return "/" + tenantSlug + "/verwaltung/beteiligung/" + processId + "/arbeitsgruppen";
	}
}
