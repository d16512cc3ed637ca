package de.integrationskonzept.participation.internal.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import de.integrationskonzept.participation.GoalSuggestion;
import de.integrationskonzept.participation.GoalSuggestions;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.WorkingGroup;
import de.integrationskonzept.participation.WorkingGroupMeetings;
import de.integrationskonzept.participation.WorkingGroups;
import de.integrationskonzept.participation.Workshops;
import de.integrationskonzept.participation.internal.attachments.AttachmentDownloads;
import de.integrationskonzept.participation.internal.attachments.Attachments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Arbeitsgruppen of a Beteiligungsverfahren: groups (all members of the tenant), members, meetings
 * and goal suggestions (editors and the group's members; the services check who may do what).
 */
@RestController
@RequestMapping("/api/{tenantSlug}/participation/processes/{processId}/working-groups")
@Tag(name = "Arbeitsgruppen", description = "Arbeitsgruppen je Handlungsfeld: Mitglieder, Sitzungen, Zielvorschläge")
class WorkingGroupsApi {

	private final WorkingGroups groups;
	private final WorkingGroupMeetings meetings;
	private final GoalSuggestions suggestions;
	private final Attachments attachments;

	WorkingGroupsApi(WorkingGroups groups, WorkingGroupMeetings meetings, GoalSuggestions suggestions, Attachments attachments) {
		this.groups = groups;
		this.meetings = meetings;
		this.suggestions = suggestions;
		this.attachments = attachments;
	}

	record NewMember(String email, WorkingGroup.MemberRole role) {
	}

	record Minutes(String minutes) {
	}

	record Rejection(String reason) {
	}

	@GetMapping
	@Operation(summary = "Arbeitsgruppen des Verfahrens", description = "Handlungsfeld, Name, Beschreibung und Sitzungstermine; ohne Mitglieder.")
	List<WorkingGroup> list(@PathVariable String tenantSlug, @PathVariable UUID processId) {
		return groups.of(processId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Arbeitsgruppe anlegen", description = "EDITOR. fieldId: ein Handlungsfeld der Ausgabe des Verfahrens.")
	WorkingGroup create(@PathVariable String tenantSlug, @PathVariable UUID processId, @RequestBody WorkingGroups.NewGroup group) {
		return groups.create(processId, group);
	}

	@GetMapping("/{groupId}")
	@Operation(summary = "Eine Arbeitsgruppe")
	WorkingGroup get(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId) {
		return groupOf(processId, groupId);
	}

	@GetMapping("/{groupId}/members")
	@Operation(summary = "Mitglieder", description = "Für EDITOR und die Mitglieder der Gruppe; E-Mail-Adressen nur für EDITOR.")
	List<WorkingGroup.Member> members(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId) {
		groupOf(processId, groupId);
		return groups.members(groupId);
	}

	@PostMapping("/{groupId}/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Mitglied aufnehmen oder Rolle ändern", description = "EDITOR. Ein bestehendes Konto der Kommune mit mindestens CONTRIBUTOR; "
			+ "role: LEITUNG oder MITGLIED.")
	WorkingGroup.Member addMember(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@RequestBody NewMember member) {
		groupOf(processId, groupId);
		return groups.addMember(groupId, member.email(), member.role());
	}

	@DeleteMapping("/{groupId}/members/{accountId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mitglied entfernen", description = "EDITOR.")
	void removeMember(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId, @PathVariable UUID accountId) {
		groupOf(processId, groupId);
		if (!groups.removeMember(groupId, accountId)) {
			throw new ParticipationProblems.NotFound("Mitglied nicht gefunden", "Dieses Konto ist kein Mitglied der Arbeitsgruppe.");
		}
	}

	@GetMapping("/{groupId}/meetings")
	@Operation(summary = "Sitzungen mit Tagesordnung und Protokoll", description = "Für EDITOR und die Mitglieder der Gruppe; Zeiten in Europe/Berlin.")
	List<WorkingGroup.Meeting> meetings(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId) {
		groupOf(processId, groupId);
		return meetings.of(groupId);
	}

	@PostMapping("/{groupId}/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sitzung ansetzen", description = "EDITOR oder Leitung der Gruppe. startsAt: Ortszeit Europe/Berlin.")
	WorkingGroup.Meeting schedule(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@RequestBody WorkingGroupMeetings.NewMeeting meeting) {
		groupOf(processId, groupId);
		return meetings.schedule(groupId, meeting);
	}

	@PutMapping("/{groupId}/meetings/{meetingId}/minutes")
	@Operation(summary = "Protokoll festhalten", description = "EDITOR oder Leitung der Gruppe.")
	WorkingGroup.Meeting minutes(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID meetingId, @RequestBody Minutes minutes) {
		groupOf(processId, groupId);
		return meetings.recordMinutes(groupId, meetingId, minutes.minutes());
	}

	@PostMapping(path = "/{groupId}/meetings/{meetingId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Datei an das Protokoll hängen", description = "EDITOR oder Leitung der Gruppe. Multipart: file, caption (optional). "
			+ "PDF, Bilder, Text, docx, odt; höchstens 10 MB (sonst 422).")
	WorkingGroup.MinutesFile attach(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID meetingId, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "caption", required = false) String caption) throws java.io.IOException {
		groupOf(processId, groupId);
		Workshops.Upload upload = file == null ? new Workshops.Upload(null, null, new byte[0])
				: new Workshops.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
		return meetings.attachToMinutes(groupId, meetingId, upload, caption);
	}

	@GetMapping("/{groupId}/meetings/{meetingId}/files/{fileId}")
	@Operation(summary = "Datei des Protokolls herunterladen", description = "Für EDITOR und die Mitglieder der Gruppe.")
	ResponseEntity<byte[]> file(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID meetingId, @PathVariable UUID fileId) {
		groupOf(processId, groupId);
		if (meetings.of(groupId).stream().noneMatch(meeting -> meeting.id().equals(meetingId))) {
			throw new ParticipationProblems.FileNotFound(fileId);
		}
		return attachments.load(Attachments.WORKING_GROUP_MINUTES, meetingId, fileId).map(AttachmentDownloads::response)
			.orElseThrow(() -> new ParticipationProblems.FileNotFound(fileId));
	}

	@DeleteMapping("/{groupId}/meetings/{meetingId}/files/{fileId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Datei aus dem Protokoll entfernen", description = "EDITOR oder Leitung der Gruppe.")
	void detach(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId, @PathVariable UUID meetingId,
			@PathVariable UUID fileId) {
		groupOf(processId, groupId);
		meetings.removeFromMinutes(groupId, meetingId, fileId);
	}

	@GetMapping("/{groupId}/suggestions")
	@Operation(summary = "Zielvorschläge der Gruppe", description = "Für EDITOR und die Mitglieder der Gruppe.")
	List<GoalSuggestion> suggestions(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId) {
		groupOf(processId, groupId);
		return suggestions.of(groupId);
	}

	@PostMapping("/{groupId}/suggestions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ziel vorschlagen", description = "Mitglieder der Gruppe (mindestens CONTRIBUTOR), solange das Verfahren läuft und "
			+ "vor der Abstimmung (sonst 409).")
	GoalSuggestion propose(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@RequestBody GoalSuggestions.NewSuggestion suggestion) {
		groupOf(processId, groupId);
		return suggestions.propose(groupId, suggestion);
	}

	@PostMapping("/{groupId}/suggestions/{suggestionId}/accept")
	@Operation(summary = "Zielvorschlag annehmen", description = "EDITOR. Fügt das Ziel der Ausgabe hinzu; nur solange sie im Entwurf oder in "
			+ "Beteiligung ist (sonst 409, nichts geändert).")
	GoalSuggestion accept(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID suggestionId) {
		groupOf(processId, groupId);
		return suggestions.accept(groupId, suggestionId);
	}

	@PostMapping("/{groupId}/suggestions/{suggestionId}/reject")
	@Operation(summary = "Zielvorschlag ablehnen", description = "EDITOR; reason ist Pflicht (3–2000 Zeichen).")
	GoalSuggestion reject(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID groupId,
			@PathVariable UUID suggestionId, @RequestBody Rejection rejection) {
		groupOf(processId, groupId);
		return suggestions.reject(groupId, suggestionId, rejection.reason());
	}

	/** A group is addressed through its own process only. */
	private WorkingGroup groupOf(UUID processId, UUID groupId) {
		WorkingGroup group = groups.get(groupId);
		if (!group.processId().equals(processId)) {
			throw new ParticipationProblems.NotFound("Arbeitsgruppe nicht gefunden", "Das Verfahren hat keine Arbeitsgruppe " + groupId + ".");
		}
		return group;
	}
}
