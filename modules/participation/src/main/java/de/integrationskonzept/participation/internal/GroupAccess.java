package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP;
import static de.integrationskonzept.participation.internal.db.Tables.WORKING_GROUP_MEMBER;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.WorkingGroup.MemberRole;
import de.integrationskonzept.participation.internal.db.tables.records.WorkingGroupRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.TenantRole;

/**
 * Who may do what in a working group: editors everything; members only while they hold
 * {@code CONTRIBUTOR} in the tenant (a revoked role ends their access without touching the group).
 */
@Component
class GroupAccess {

	private final DSLContext dsl;
	private final CurrentAccount account;

	GroupAccess(DSLContext dsl, CurrentAccount account) {
		this.dsl = dsl;
		this.account = account;
	}

	WorkingGroupRecord group(UUID groupId) {
		return dsl.selectFrom(WORKING_GROUP).where(WORKING_GROUP.ID.eq(groupId)).fetchOptional()
			.orElseThrow(() -> new ParticipationProblems.NotFound("Arbeitsgruppe nicht gefunden",
					"Es gibt keine Arbeitsgruppe " + groupId + " in dieser Kommune."));
	}

	Optional<MemberRole> roleOfCaller(UUID groupId) {
		if (!AccessControl.hasTenantRole(TenantRole.CONTRIBUTOR)) {
			return Optional.empty();
		}
		return account.id().flatMap(id -> dsl.select(WORKING_GROUP_MEMBER.ROLE).from(WORKING_GROUP_MEMBER)
			.where(WORKING_GROUP_MEMBER.GROUP_ID.eq(groupId), WORKING_GROUP_MEMBER.ACCOUNT_ID.eq(id))
			.fetchOptional(WORKING_GROUP_MEMBER.ROLE)).map(MemberRole::valueOf);
	}

	static boolean isEditor() {
		return AccessControl.hasTenantRole(TenantRole.EDITOR);
	}

	void requireMemberOrEditor(UUID groupId) {
		if (!isEditor() && roleOfCaller(groupId).isEmpty()) {
			throw new AccessDeniedException("requires membership in the working group or EDITOR");
		}
	}

	void requireLeadOrEditor(UUID groupId) {
		if (!isEditor() && roleOfCaller(groupId).filter(MemberRole.LEITUNG::equals).isEmpty()) {
			throw new AccessDeniedException("requires the working group's Leitung or EDITOR");
		}
	}

	void requireMember(UUID groupId) {
		if (roleOfCaller(groupId).isEmpty()) {
			throw new AccessDeniedException("requires membership in the working group");
		}
	}

	UUID callerId() {
		return account.require();
	}

	Optional<UUID> callerIdIfAny() {
		return account.id();
	}
}
