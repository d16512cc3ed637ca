package de.integrationskonzept.concepts;

import java.util.List;
import java.util.UUID;

/**
 * The current tenant's registry of actors. Reading needs {@code CONTRIBUTOR}, changing
 * {@code EDITOR}; changes are refused when someone else changed the actor in between.
 */
public interface Actors {

	List<Actor> list();

	Actor add(Actor actor);

	Actor update(Actor actor, int expectedVersion);

	void remove(UUID id);
}
