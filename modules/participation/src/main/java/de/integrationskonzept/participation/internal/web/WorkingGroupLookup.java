package de.integrationskonzept.participation.internal.web;

import java.util.UUID;

import de.integrationskonzept.participation.GoalSuggestion;
import de.integrationskonzept.participation.GoalSuggestions;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.WorkingGroup;
import de.integrationskonzept.participation.WorkingGroupMeetings;
import de.integrationskonzept.participation.WorkingGroups;

/**
 * Finds a working group, its meetings and goal suggestions by the ids in a page's address, for
 * the public and the staff pages alike; whatever is not there (for that group) is 404.
 */
final class WorkingGroupLookup {

	private WorkingGroupLookup() {
	}

	/**
	 * The group, if it belongs to the process; otherwise 404 as for an unknown group, so that a
	 * group cannot be reached through the address of another process.
	 */
	static WorkingGroup inProcess(WorkingGroups groups, UUID processId, UUID groupId) {
		WorkingGroup group = groups.get(groupId);
		if (!group.processId().equals(processId)) {
			throw new ParticipationProblems.NotFound("Arbeitsgruppe nicht gefunden", groupId.toString());
		}
		return group;
	}

	/** A meeting of the group; the service refuses callers who may not see the group's meetings. */
	static WorkingGroup.Meeting meeting(WorkingGroupMeetings meetings, UUID groupId, UUID meetingId) {
		return meetings.of(groupId).stream().filter(candidate -> candidate.id().equals(meetingId)).findFirst()
			.orElseThrow(() -> new ParticipationProblems.NotFound("Sitzung nicht gefunden", meetingId.toString()));
	}

	/** A goal suggestion of the group. */
	static GoalSuggestion suggestion(GoalSuggestions suggestions, UUID groupId, UUID suggestionId) {
		return suggestions.of(groupId).stream().filter(candidate -> candidate.id().equals(suggestionId)).findFirst()
			.orElseThrow(() -> new ParticipationProblems.NotFound("Zielvorschlag nicht gefunden", suggestionId.toString()));
	}
}
