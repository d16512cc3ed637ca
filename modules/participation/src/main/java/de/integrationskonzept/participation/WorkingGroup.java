package de.integrationskonzept.participation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An Arbeitsgruppe of a Beteiligungsverfahren for one Handlungsfeld of the process's edition, as
 * anyone may see it: without members, with the dates of its meetings (Europe/Berlin).
 *
 * @param fieldName the field's German name when the group was created or last changed
 */
public record WorkingGroup(UUID id, UUID processId, UUID fieldId, String fieldName, String name, String description,
		List<LocalDateTime> meetingDates) {

	public WorkingGroup {
		meetingDates = meetingDates == null ? List.of() : List.copyOf(meetingDates);
	}

	/** A member of a group. {@code email} only for editors (who manage members by address); {@code null} for the members themselves. */
	public record Member(UUID accountId, String displayName, String email, MemberRole role) {
	}

	/** A member's role in the group. */
	public enum MemberRole {

		LEITUNG("Leitung"),
		MITGLIED("Mitglied");

		private final String label;

		MemberRole(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * A Sitzung. {@code location} is the place, or for an online meeting the link or dial-in;
	 * {@code minutes} (Protokoll) is {@code null} until recorded; {@code files}: attachments of the minutes.
	 */
	public record Meeting(UUID id, UUID groupId, LocalDateTime startsAt, String location, boolean online, String agenda, String minutes,
			List<MinutesFile> files) {

		public Meeting {
			files = files == null ? List.of() : List.copyOf(files);
		}
	}

	/** A file attached to a meeting's minutes (without its content). */
	public record MinutesFile(UUID id, String fileName, String contentType, long size, String caption) {
	}
}
