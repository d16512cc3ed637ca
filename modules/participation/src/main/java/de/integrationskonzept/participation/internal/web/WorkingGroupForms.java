package de.integrationskonzept.participation.internal.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import de.integrationskonzept.participation.GoalSuggestions;
import de.integrationskonzept.participation.WorkingGroup;
import de.integrationskonzept.participation.WorkingGroupMeetings;
import de.integrationskonzept.participation.WorkingGroups;

/** The forms of the working-group pages (one object per form, bound by Spring MVC). */
final class WorkingGroupForms {

	private WorkingGroupForms() {
	}

	public static class GroupForm {

		private String fieldId;
		private String name;
		private String description;

		WorkingGroups.NewGroup toNewGroup() {
			return new WorkingGroups.NewGroup(fieldId, name, description);
		}

		public String getFieldId() {
			return fieldId;
		}

		public void setFieldId(String fieldId) {
			this.fieldId = fieldId;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}
	}

	public static class MemberForm {

		private String email;
		private WorkingGroup.MemberRole role = WorkingGroup.MemberRole.MITGLIED;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public WorkingGroup.MemberRole getRole() {
			return role;
		}

		public void setRole(WorkingGroup.MemberRole role) {
			this.role = role;
		}
	}

	public static class SuggestionForm {

		private String title;
		private String description;
		private UUID parentGoalId;

		GoalSuggestions.NewSuggestion toNewSuggestion() {
			return new GoalSuggestions.NewSuggestion(title, description, parentGoalId);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public UUID getParentGoalId() {
			return parentGoalId;
		}

		public void setParentGoalId(UUID parentGoalId) {
			this.parentGoalId = parentGoalId;
		}
	}

	public static class MeetingForm {

		private String startsAt;
		private String location;
		private boolean online;
		private String agenda;

		/** A time that cannot be read counts as missing (the rules say so next to the field). */
		WorkingGroupMeetings.NewMeeting toNewMeeting() {
			LocalDateTime time;
			try {
				time = startsAt == null || startsAt.isBlank() ? null : LocalDateTime.parse(startsAt.strip());
			}
			catch (DateTimeParseException e) {
				time = null;
			}
			return new WorkingGroupMeetings.NewMeeting(time, location, online, agenda);
		}

		public String getStartsAt() {
			return startsAt;
		}

		public void setStartsAt(String startsAt) {
			this.startsAt = startsAt;
		}

		public String getLocation() {
			return location;
		}

		public void setLocation(String location) {
			this.location = location;
		}

		public boolean isOnline() {
			return online;
		}

		public void setOnline(boolean online) {
			this.online = online;
		}

		public String getAgenda() {
			return agenda;
		}

		public void setAgenda(String agenda) {
			this.agenda = agenda;
		}
	}

	/** Minutes of a meeting, or the reason of a rejection: one text. */
	public static class TextForm {

		private String text;

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}
	}
}
