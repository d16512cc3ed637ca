package de.integrationskonzept.concepts.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionEvents.EditionAdopted;
import de.integrationskonzept.concepts.EditionEvents.EditionContentChanged;
import de.integrationskonzept.concepts.EditionEvents.EditionPublished;
import de.integrationskonzept.concepts.EditionEvents.EditionStatusChanged;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.concepts.EditionSummary;
import de.integrationskonzept.concepts.HistoryEntry;
import de.integrationskonzept.concepts.ItemChange;
import de.integrationskonzept.concepts.LanguageCoverage;
import de.integrationskonzept.concepts.Resolution;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;

@Service
@Transactional
class ConceptEditionsService implements ConceptEditions {

	static final String READ_SCOPE = "concepts.read";
	static final String WRITE_SCOPE = "concepts.write";

	private final EditionRepository editions;
	private final ChangeLog changeLog;
	private final Tenants tenants;
	private final ApplicationEventPublisher events;

	ConceptEditionsService(EditionRepository editions, ChangeLog changeLog, Tenants tenants, ApplicationEventPublisher events) {
		this.editions = editions;
		this.changeLog = changeLog;
		this.tenants = tenants;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EditionSummary> list() {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, READ_SCOPE);
		return editions.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Edition get(EditionId id) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, READ_SCOPE);
		return load(id);
	}

	@Override
	public Edition create(Edition draft) {
		requireWriter();
		Edition edition = draft.withStatus(EditionStatus.ENTWURF, Resolution.NONE);
		return insert(edition);
	}

	@Override
	public Edition update(Edition changed, int expectedVersion) {
		requireWriter();
		Edition current = load(changed.id());
		if (!current.status().isEditable()) {
			throw new EditionProblems.Frozen(current.status());
		}
		if (current.version() != expectedVersion) {
			throw new EditionProblems.VersionConflict(expectedVersion, current.version());
		}
		// Status, resolution and lineage change only through their own operations.
		Edition edition = new Edition(current.id(), changed.title(), changed.periodFrom(), changed.periodTo(), current.status(),
				current.continues(), current.resolution(), changed.understanding(), changed.prerequisites(), changed.guidelines(),
				changed.fields(), changed.measures(), expectedVersion);
		validate(edition);
		List<ItemChange> changes = EditionDiff.between(current, edition);
		if (changes.isEmpty()) {
			return current;
		}
		if (!editions.replace(edition, expectedVersion)) {
			throw new EditionProblems.VersionConflict(expectedVersion, load(changed.id()).version());
		}
		changeLog.record(edition.id(), actor(), changes);
		events.publishEvent(new EditionContentChanged(TenantContext.require(), edition.id(), expectedVersion + 1, changes.size()));
		return load(edition.id());
	}

	@Override
	public Edition changeStatus(EditionId id, EditionStatus status, Resolution resolution, int expectedVersion) {
		requireWriter();
		Edition current = load(id);
		if (current.version() != expectedVersion) {
			throw new EditionProblems.VersionConflict(expectedVersion, current.version());
		}
		if (!current.status().canChangeTo(status)) {
			throw new EditionProblems.InvalidTransition(current.status(), status);
		}
		Resolution decided = status == EditionStatus.BESCHLOSSEN ? (resolution == null ? Resolution.NONE : resolution)
				: current.resolution();
		if (status == EditionStatus.BESCHLOSSEN && !decided.isComplete()) {
			throw new EditionProblems.Invalid(List.of("Für den Beschluss braucht es das beschließende Gremium und das Datum."));
		}
		Edition moved = current.withStatus(status, decided);
		validate(moved);
		// A status change touches the edition's own row only; its parts stay as they are.
		if (!editions.replaceHeader(moved, expectedVersion)) {
			throw new EditionProblems.VersionConflict(expectedVersion, load(id).version());
		}
		changeLog.record(id, actor(), EditionDiff.between(current, moved));
		var tenant = TenantContext.require();
		events.publishEvent(new EditionStatusChanged(tenant, id, current.status(), status));
		if (status == EditionStatus.BESCHLOSSEN) {
			events.publishEvent(new EditionAdopted(tenant, id));
			supersedePredecessor(moved);
		}
		if (status == EditionStatus.VEROEFFENTLICHT) {
			events.publishEvent(new EditionPublished(tenant, id));
		}
		return load(id);
	}

	/** Adopting a Fortschreibung supersedes the edition it continues. */
	private void supersedePredecessor(Edition adopted) {
		if (adopted.continues() == null) {
			return;
		}
		editions.find(adopted.continues())
			.filter(previous -> previous.status().canChangeTo(EditionStatus.ABGELOEST))
			.ifPresent(previous -> changeStatus(previous.id(), EditionStatus.ABGELOEST, null, previous.version()));
	}

	@Override
	public Edition fortschreiben(EditionId id) {
		requireWriter();
		return insert(Fortschreibung.of(load(id)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(EditionId id) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, READ_SCOPE);
		load(id);
		return changeLog.of(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ItemChange> compare(EditionId from, EditionId to) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, READ_SCOPE);
		return EditionDiff.between(load(from), load(to));
	}

	@Override
	@Transactional(readOnly = true)
	public LanguageCoverage languageCoverage(EditionId id) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, READ_SCOPE);
		return LanguageCoverages.of(load(id));
	}

	@Override
	@Transactional(readOnly = true)
	public String exportJson(EditionId id) {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.CONTRIBUTOR, READ_SCOPE);
		return EditionJson.export(load(id), tenants.current().slug()).toPrettyString();
	}

	@Override
	public Edition importJson(String json) {
		requireWriter();
		Edition imported = insert(EditionJson.read(json));
		// Importing an edition that was published elsewhere publishes it here too.
		if (imported.status() == EditionStatus.VEROEFFENTLICHT) {
			events.publishEvent(new EditionPublished(TenantContext.require(), imported.id()));
		}
		return imported;
	}

	@Override
	public Edition readJson(String json) {
		return EditionJson.read(json);
	}

	private Edition insert(Edition edition) {
		validate(edition);
		if (editions.exists(edition.id())) {
			throw new EditionProblems.AlreadyExists(edition.id());
		}
		if (edition.continues() != null && !editions.exists(edition.continues())) {
			throw new EditionProblems.Invalid(List.of("Die fortgeschriebene Ausgabe " + edition.continues() + " gibt es nicht."));
		}
		editions.insert(edition);
		Edition created = load(edition.id());
		changeLog.record(created.id(), actor(), EditionDiff.between(emptyLike(created), created));
		return created;
	}

	/** An edition without parts, so that creating one records every part as added. */
	private static Edition emptyLike(Edition edition) {
		return new Edition(edition.id(), edition.title(), edition.periodFrom(), edition.periodTo(), edition.status(), edition.continues(),
				edition.resolution(), edition.understanding(), edition.prerequisites(), List.of(), List.of(), List.of(), 0);
	}

	private Edition load(EditionId id) {
		return editions.find(id).orElseThrow(() -> new EditionProblems.NotFound(id));
	}

	private static void validate(Edition edition) {
		List<String> problems = edition.problems();
		if (!problems.isEmpty()) {
			throw new EditionProblems.Invalid(problems);
		}
	}

	private static void requireWriter() {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.EDITOR, WRITE_SCOPE);
	}

	private static String actor() {
		return AccessControl.actor().orElse("system");
	}
}
