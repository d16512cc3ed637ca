package de.integrationskonzept.participation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Arbeitsgruppen of the current tenant's Beteiligungsverfahren with their members. The list and
 * the groups themselves (field, name, description, meeting dates) are public; members are seen by
 * editors and by the group's own members; only editors ({@code EDITOR}) create groups and add or
 * remove members. A member must hold at least {@code CONTRIBUTOR} in the tenant when added, and
 * acts in the group only while holding it.
 */
public interface WorkingGroups {

	/** The process's groups by field and name (public). */
	List<WorkingGroup> of(UUID processId);

	/** One group (public). */
	WorkingGroup get(UUID groupId);

	/** Creates a group for a Handlungsfeld of the process's edition. */
	WorkingGroup create(UUID processId, NewGroup group);

	/** The group's members, Leitung first; for editors and the group's members. */
	List<WorkingGroup.Member> members(UUID groupId);

	/**
	 * Adds an existing account of the tenant by e-mail address, or changes the role of a member.
	 * Refused ({@link ParticipationProblems.Invalid}) for unknown addresses and people below {@code CONTRIBUTOR}.
	 */
	WorkingGroup.Member addMember(UUID groupId, String email, WorkingGroup.MemberRole role);

	/** Removes a member; answers whether the account was one. */
	boolean removeMember(UUID groupId, UUID accountId);

	/** The caller's role in the group, empty for non-members (and for members without {@code CONTRIBUTOR}). */
	Optional<WorkingGroup.MemberRole> roleOfCaller(UUID groupId);

	record NewGroup(String fieldId, String name, String description) {
	}
}
