package de.integrationskonzept.concepts.internal;

import static de.integrationskonzept.concepts.internal.db.Tables.ACTOR;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.concepts.internal.db.tables.records.ActorRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqActors implements Actors {

	private final DSLContext dsl;

	JooqActors(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Actor> list() {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, ConceptEditionsService.READ_SCOPE);
		return dsl.selectFrom(ACTOR).orderBy(ACTOR.NAME).fetch(JooqActors::toActor);
	}

	@Override
	public Actor add(Actor actor) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.EDITOR, ConceptEditionsService.WRITE_SCOPE);
		UUID id = actor.id() == null ? UUID.randomUUID() : actor.id();
		try {
			dsl.insertInto(ACTOR)
				.set(ACTOR.TENANT_ID, TenantContext.require().value())
				.set(ACTOR.ID, id)
				.set(ACTOR.KIND, actor.kind().name())
				.set(ACTOR.NAME, actor.name())
				.set(ACTOR.CONTACT, actor.contact())
				.set(ACTOR.EMAIL, actor.email())
				.set(ACTOR.PHONE, actor.phone())
				.set(ACTOR.WEBSITE, actor.website())
				.set(ACTOR.FIELDS, actor.fields().toArray(String[]::new))
				.execute();
		}
		catch (DuplicateKeyException e) {
			throw new IllegalArgumentException("Einen Akteur „" + actor.name() + "“ gibt es bereits.");
		}
		return find(id);
	}

	@Override
	public Actor update(Actor actor, int expectedVersion) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.EDITOR, ConceptEditionsService.WRITE_SCOPE);
		Actor current = find(actor.id());
		int updated = dsl.update(ACTOR)
			.set(ACTOR.KIND, actor.kind().name())
			.set(ACTOR.NAME, actor.name())
			.set(ACTOR.CONTACT, actor.contact())
			.set(ACTOR.EMAIL, actor.email())
			.set(ACTOR.PHONE, actor.phone())
			.set(ACTOR.WEBSITE, actor.website())
			.set(ACTOR.FIELDS, actor.fields().toArray(String[]::new))
			.set(ACTOR.VERSION, expectedVersion + 1)
			.set(ACTOR.UPDATED_AT, OffsetDateTime.now())
			.where(ACTOR.ID.eq(actor.id()), ACTOR.VERSION.eq(expectedVersion))
			.execute();
		if (updated == 0) {
			throw new EditionProblems.VersionConflict(expectedVersion, current.version());
		}
		return find(actor.id());
	}

	@Override
	public void remove(UUID id) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.EDITOR, ConceptEditionsService.WRITE_SCOPE);
		find(id);
		dsl.deleteFrom(ACTOR).where(ACTOR.ID.eq(id)).execute();
	}

	private Actor find(UUID id) {
		return dsl.selectFrom(ACTOR).where(ACTOR.ID.eq(id)).fetchOptional(JooqActors::toActor)
			.orElseThrow(() -> new ActorNotFound(id));
	}

	private static Actor toActor(ActorRecord row) {
		return new Actor(row.getId(), Actor.Kind.valueOf(row.getKind()), row.getName(), row.getContact(), row.getEmail(), row.getPhone(),
				row.getWebsite(), List.of(row.getFields()), row.getVersion());
	}

	static class ActorNotFound extends de.integrationskonzept.platform.web.ProblemException {
		ActorNotFound(UUID id) {
			super(org.springframework.http.HttpStatus.NOT_FOUND, "Akteur nicht gefunden", "Es gibt keinen Akteur " + id + " in dieser Kommune.");
		}
	}
}
