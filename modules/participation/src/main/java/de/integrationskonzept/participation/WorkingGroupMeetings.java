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

	/** @param startsAt local time in Europe/Berlin; {@code location}: the place, or the link when {@code online} */
	record NewMeeting(LocalDateTime startsAt, String location, boolean online, String agenda) {
	}
}
