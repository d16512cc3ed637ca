package de.integrationskonzept.participation;

import java.util.List;
import java.util.UUID;

/**
 * The current tenant's Beteiligungsverfahren. Reading is public (the processes are announced on
 * the tenant's site); creating needs {@code EDITOR}.
 */
public interface ParticipationProcesses {

	/** All processes, newest first. */
	List<ParticipationProcess> list();

	ParticipationProcess get(UUID id);

	/**
	 * Creates a process for an existing edition. The phases must each end on or after their first
	 * day and follow one another without overlap; every problem is reported at once.
	 */
	ParticipationProcess create(NewProcess process);

	/** @param example demonstration content (Beispieldaten), labelled as such on every page */
	record NewProcess(String editionId, String title, String description, List<Phase> phases, boolean example) {

		/** A real (not example) process. */
		public NewProcess(String editionId, String title, String description, List<Phase> phases) {
			this(editionId, title, description, phases, false);
		}
	}
}
