package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP_MEETING;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.WorkingGroup.Meeting;
import de.integrationskonzept.participation.WorkingGroup.MinutesFile;
import de.integrationskonzept.participation.WorkingGroupMeetings;
import de.integrationskonzept.participation.Workshops;
import de.integrationskonzept.participation.internal.attachments.AttachmentInfo;
import de.integrationskonzept.participation.internal.attachments.Attachments;
import de.integrationskonzept.participation.internal.db.tables.records.WorkingGroupMeetingRecord;
import de.integrationskonzept.platform.tenancy.TenantContext;

/** Sitzungen in PostgreSQL; times are kept as instants and shown in the municipalities' zone (Europe/Berlin). */
@Service
@Transactional
class Meetings implements WorkingGroupMeetings {

	private static final String FILES = Attachments.WORKING_GROUP_MINUTES;

	private final DSLContext dsl;
	private final GroupAccess access;
	private final Attachments attachments;

	Meetings(DSLContext dsl, GroupAccess access, Attachments attachments) {
		this.dsl = dsl;
		this.access = access;
		this.attachments = attachments;
	}

	static LocalDateTime local(OffsetDateTime instant) {
		return instant.atZoneSameInstant(ParticipationProcess.ZONE).toLocalDateTime();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Meeting> of(UUID groupId) {
		access.group(groupId);
		access.requireMemberOrEditor(groupId);
		return dsl.selectFrom(WORKING_GROUP_MEETING).where(WORKING_GROUP_MEETING.GROUP_ID.eq(groupId))
			.orderBy(WORKING_GROUP_MEETING.STARTS_AT, WORKING_GROUP_MEETING.ID).fetch(this::toMeeting);
	}

	@Override
	public Meeting schedule(UUID groupId, NewMeeting meeting) {
		access.group(groupId);
		access.requireLeadOrEditor(groupId);
		Map<String, String> problems = WorkingGroupRules.check(meeting);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		UUID id = UUID.randomUUID();
		dsl.insertInto(WORKING_GROUP_MEETING)
			.set(WORKING_GROUP_MEETING.TENANT_ID, TenantContext.require().value())
			.set(WORKING_GROUP_MEETING.ID, id)
			.set(WORKING_GROUP_MEETING.GROUP_ID, groupId)
			.set(WORKING_GROUP_MEETING.STARTS_AT, meeting.startsAt().atZone(ParticipationProcess.ZONE).toOffsetDateTime())
			.set(WORKING_GROUP_MEETING.LOCATION, meeting.location().strip())
			.set(WORKING_GROUP_MEETING.ONLINE, meeting.online())
			.set(WORKING_GROUP_MEETING.AGENDA, WorkingGroupRules.stripped(meeting.agenda()))
			.set(WORKING_GROUP_MEETING.CREATED_BY, access.callerIdIfAny().orElse(null))
			.execute();
		return meeting(groupId, id);
	}

	@Override
	public Meeting recordMinutes(UUID groupId, UUID meetingId, String minutes) {
		access.group(groupId);
		access.requireLeadOrEditor(groupId);
		meeting(groupId, meetingId);
		Map<String, String> problems = WorkingGroupRules.checkMinutes(minutes);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		dsl.update(WORKING_GROUP_MEETING)
			.set(WORKING_GROUP_MEETING.MINUTES, minutes.strip())
			.set(WORKING_GROUP_MEETING.UPDATED_AT, OffsetDateTime.now())
			.where(WORKING_GROUP_MEETING.GROUP_ID.eq(groupId), WORKING_GROUP_MEETING.ID.eq(meetingId))
			.execute();
		return meeting(groupId, meetingId);
	}

	private Meeting meeting(UUID groupId, UUID meetingId) {
		return dsl.selectFrom(WORKING_GROUP_MEETING)
			.where(WORKING_GROUP_MEETING.GROUP_ID.eq(groupId), WORKING_GROUP_MEETING.ID.eq(meetingId))
			.fetchOptional(this::toMeeting)
			.orElseThrow(() -> new ParticipationProblems.NotFound("Sitzung nicht gefunden",
					"Die Arbeitsgruppe hat keine Sitzung " + meetingId + "."));
	}

	@Override
	public MinutesFile attachToMinutes(UUID groupId, UUID meetingId, Workshops.Upload upload, String caption) {
		access.group(groupId);
		access.requireLeadOrEditor(groupId);
		meeting(groupId, meetingId);
		return toFile(attachments.store(FILES, meetingId, upload.fileName(), upload.contentType(), upload.content(), caption));
	}

	@Override
	public void removeFromMinutes(UUID groupId, UUID meetingId, UUID fileId) {
		access.group(groupId);
		access.requireLeadOrEditor(groupId);
		meeting(groupId, meetingId);
		if (!attachments.delete(FILES, meetingId, fileId)) {
			throw new ParticipationProblems.FileNotFound(fileId);
		}
	}

	private Meeting toMeeting(WorkingGroupMeetingRecord row) {
		return new Meeting(row.getId(), row.getGroupId(), local(row.getStartsAt()), row.getLocation(), row.getOnline(), row.getAgenda(),
				row.getMinutes(), attachments.list(FILES, row.getId()).stream().map(Meetings::toFile).toList());
	}

	private static MinutesFile toFile(AttachmentInfo info) {
		return new MinutesFile(info.id(), info.fileName(), info.contentType(), info.size(), info.caption());
	}
}
