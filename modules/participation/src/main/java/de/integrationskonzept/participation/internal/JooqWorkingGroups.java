package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP;
import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP_MEETING;
import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP_MEMBER;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.WorkingGroup;
import de.integrationskonzept.participation.WorkingGroup.Member;
import de.integrationskonzept.participation.WorkingGroup.MemberRole;
import de.integrationskonzept.participation.WorkingGroups;
import de.integrationskonzept.participation.internal.db.tables.records.WorkingGroupRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqWorkingGroups implements WorkingGroups {

	private final DSLContext dsl;
	private final ParticipationProcesses processes;
	private final ConceptEditions editions;
	private final TenantPeople people;
	private final GroupAccess access;

	JooqWorkingGroups(DSLContext dsl, ParticipationProcesses processes, ConceptEditions editions, TenantPeople people, GroupAccess access) {
		this.dsl = dsl;
		this.processes = processes;
		this.editions = editions;
		this.people = people;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkingGroup> of(UUID processId) {
		processes.get(processId);
		List<WorkingGroupRecord> rows = dsl.selectFrom(WORKING_GROUP).where(WORKING_GROUP.PROCESS_ID.eq(processId))
			.orderBy(WORKING_GROUP.FIELD_NAME, WORKING_GROUP.NAME, WORKING_GROUP.ID).fetch();
		Map<UUID, List<LocalDateTime>> dates = dsl.select(WORKING_GROUP_MEETING.GROUP_ID, WORKING_GROUP_MEETING.STARTS_AT)
			.from(WORKING_GROUP_MEETING)
			.where(anyOf(WORKING_GROUP_MEETING.GROUP_ID, rows.stream().map(WorkingGroupRecord::getId).toList()))
			.orderBy(WORKING_GROUP_MEETING.STARTS_AT)
			.fetch().stream().collect(Collectors.groupingBy(row -> row.value1(),
					Collectors.mapping(row -> Meetings.local(row.value2()), Collectors.toList())));
		return rows.stream().map(row -> toGroup(row, dates.getOrDefault(row.getId(), List.of()))).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public WorkingGroup get(UUID groupId) {
		WorkingGroupRecord row = access.group(groupId);
		return toGroup(row, dsl.select(WORKING_GROUP_MEETING.STARTS_AT).from(WORKING_GROUP_MEETING)
			.where(WORKING_GROUP_MEETING.GROUP_ID.eq(groupId)).orderBy(WORKING_GROUP_MEETING.STARTS_AT)
			.fetch(row2 -> Meetings.local(row2.value1())));
	}

	@Override
	public WorkingGroup create(UUID processId, NewGroup group) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		ParticipationProcess process = processes.get(processId);
		Map<String, String> problems = new java.util.LinkedHashMap<>(WorkingGroupRules.check(group));
		Edition.Field field = problems.containsKey("fieldId") ? null : field(process, group.fieldId(), problems);
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
		UUID id = UUID.randomUUID();
		dsl.insertInto(WORKING_GROUP)
			.set(WORKING_GROUP.TENANT_ID, TenantContext.require().value())
			.set(WORKING_GROUP.ID, id)
			.set(WORKING_GROUP.PROCESS_ID, processId)
			.set(WORKING_GROUP.FIELD_ID, field.id())
			.set(WORKING_GROUP.FIELD_NAME, field.name().german())
			.set(WORKING_GROUP.NAME, group.name().strip())
			.set(WORKING_GROUP.DESCRIPTION, WorkingGroupRules.stripped(group.description()))
			.set(WORKING_GROUP.CREATED_BY, access.callerIdIfAny().orElse(null))
			.execute();
		return get(id);
	}

	/** The Handlungsfeld must belong to the process's edition. */
	private Edition.Field field(ParticipationProcess process, String fieldId, Map<String, String> problems) {
		Optional<Edition.Field> field = parse(fieldId).flatMap(id -> editions.get(process.editionId()).fields().stream()
			.filter(candidate -> candidate.id().equals(id)).findFirst());
		if (field.isEmpty()) {
			problems.put("fieldId", "Dieses Handlungsfeld gibt es in der Ausgabe des Verfahrens nicht.");
		}
		return field.orElse(null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Member> members(UUID groupId) {
		access.group(groupId);
		access.requireMemberOrEditor(groupId);
		Map<UUID, MemberRole> roles = dsl.select(WORKING_GROUP_MEMBER.ACCOUNT_ID, WORKING_GROUP_MEMBER.ROLE).from(WORKING_GROUP_MEMBER)
			.where(WORKING_GROUP_MEMBER.GROUP_ID.eq(groupId))
			.fetchMap(row -> row.value1(), row -> MemberRole.valueOf(row.value2()));
		boolean editor = GroupAccess.isEditor();
		// Only accounts still holding a role in the tenant are answered by the platform.
		return people.byIds(roles.keySet()).stream()
			.map(person -> new Member(person.id(), person.displayName(), editor ? person.email() : null, roles.get(person.id())))
			.sorted(Comparator.comparing(Member::role)).toList();
	}

	@Override
	public Member addMember(UUID groupId, String email, MemberRole role) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		access.group(groupId);
		if (role == null) {
			throw new ParticipationProblems.Invalid(Map.of("role", "Bitte wählen Sie die Rolle in der Arbeitsgruppe."));
		}
		TenantPeople.Person person = people.byEmail(WorkingGroupRules.stripped(email))
			.orElseThrow(() -> new ParticipationProblems.Invalid(Map.of("email",
					"Zu dieser E-Mail-Adresse gibt es kein Konto mit einer Rolle in dieser Kommune. Laden Sie die Person zuerst ein.")));
		if (!person.role().includes(TenantRole.CONTRIBUTOR)) {
			throw new ParticipationProblems.Invalid(Map.of("email", "Mitglieder einer Arbeitsgruppe brauchen mindestens die Rolle "
					+ "„Mitwirkende“ (CONTRIBUTOR) in der Kommune; diese Person ist nur als Bürgerin oder Bürger registriert."));
		}
		dsl.insertInto(WORKING_GROUP_MEMBER)
			.set(WORKING_GROUP_MEMBER.TENANT_ID, TenantContext.require().value())
			.set(WORKING_GROUP_MEMBER.GROUP_ID, groupId)
			.set(WORKING_GROUP_MEMBER.ACCOUNT_ID, person.id())
			.set(WORKING_GROUP_MEMBER.ROLE, role.name())
			.onConflict(WORKING_GROUP_MEMBER.TENANT_ID, WORKING_GROUP_MEMBER.GROUP_ID, WORKING_GROUP_MEMBER.ACCOUNT_ID)
			.doUpdate().set(WORKING_GROUP_MEMBER.ROLE, role.name())
			.execute();
		return new Member(person.id(), person.displayName(), person.email(), role);
	}

	@Override
	public boolean removeMember(UUID groupId, UUID accountId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		access.group(groupId);
		return dsl.deleteFrom(WORKING_GROUP_MEMBER)
			.where(WORKING_GROUP_MEMBER.GROUP_ID.eq(groupId), WORKING_GROUP_MEMBER.ACCOUNT_ID.eq(accountId)).execute() == 1;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MemberRole> roleOfCaller(UUID groupId) {
		return access.roleOfCaller(groupId);
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static WorkingGroup toGroup(WorkingGroupRecord row, List<LocalDateTime> dates) {
		return new WorkingGroup(row.getId(), row.getProcessId(), row.getFieldId(), row.getFieldName(), row.getName(), row.getDescription(),
				dates);
	}
}
