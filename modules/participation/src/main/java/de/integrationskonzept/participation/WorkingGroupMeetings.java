package de.integrationskonzept.participation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Sitzungen of an Arbeitsgruppe with agenda and minutes (Protokoll). Seen in full by editors and
 * the group's members (the public sees only the dates, {@link WorkingGroup#meetingDates()});
 * scheduled and minuted by editors and the group's Leitung.
 */
public interface WorkingGroupMeetings {

	/** The group's meetings in time order. */
	List<WorkingGroup.Meeting> of(UUID groupId);

	WorkingGroup.Meeting schedule(UUID groupId, NewMeeting meeting);

	/** Records (or corrects) the minutes of a meeting. */
	WorkingGroup.Meeting recordMinutes(UUID groupId, UUID meetingId, String minutes);

	/**
	 * Attaches a file to the meeting's minutes (editors and the group's Leitung). Size, type and name are checked by the
	 * module's attachment store; refused files ({@link ParticipationProblems.Invalid}, field {@code file}) store nothing.
	 */
	WorkingGroup.MinutesFile attachToMinutes(UUID groupId, UUID meetingId, Workshops.Upload upload, String caption);

	/** Removes a file from the minutes (editors and the group's Leitung). */
	void removeFromMinutes(UUID groupId, UUID meetingId, UUID fileId);

	/**
	 * @param startsAt local time in Europe/Berlin; {@code location}: the place, or the link when {@code online}
	 * @param online may be left out (then {@code false})
	 */
	record NewMeeting(LocalDateTime startsAt, String location, Boolean online, String agenda) {

		public NewMeeting {
			online = Boolean.TRUE.equals(online);
		}
	}
}
