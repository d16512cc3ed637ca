package de.integrationskonzept.concepts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.Edition.Field;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.concepts.FieldTemplate;
import de.integrationskonzept.concepts.TemplateAdoption;
import de.integrationskonzept.concepts.TemplateProblems;
import de.integrationskonzept.concepts.TemplateUpdate;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;

/**
 * Adopts templates into a tenant's edition and follows their new versions. The edition is read
 * and saved through {@link ConceptEditions}, so its role checks, tenant boundary (row-level
 * security), lost-update check, change log and events apply unchanged; templates are read
 * directly (they are global and every tenant member may read them).
 */
@Service
@Transactional
class TemplateAdoptionService implements TemplateAdoption {

	private final ConceptEditions editions;
	private final FieldTemplateRepository templates;

	TemplateAdoptionService(ConceptEditions editions, FieldTemplateRepository templates) {
		this.editions = editions;
		this.templates = templates;
	}

	@Override
	public Edition adopt(EditionId id, String templateCode, int expectedVersion) {
		requireWriter();
		Edition edition = current(id, expectedVersion);
		if (edition.fields().stream().anyMatch(field -> Objects.equals(field.templateCode(), templateCode))) {
			throw new TemplateProblems.AlreadyAdopted(templateCode);
		}
		FieldTemplate latest = templates.latest(templateCode).orElseThrow(() -> new TemplateProblems.TemplateNotFound(templateCode));
		List<Field> fields = Stream.concat(edition.fields().stream(), Stream.of(TemplateMerge.adopt(latest))).toList();
		return editions.update(edition.withFields(fields), expectedVersion);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TemplateUpdate> updates(EditionId id) {
		Edition edition = editions.get(id);
		List<TemplateUpdate> updates = new ArrayList<>();
		for (Field field : edition.fields()) {
			merge(edition, field).ifPresent(merge -> updates.add(new TemplateUpdate(field.id(), field.name(), field.templateCode(),
					field.templateVersion(), merge.latest().version(), merge.merge().openChanges())));
		}
		return updates;
	}

	@Override
	public Edition apply(EditionId id, UUID fieldId, String key, boolean overwrite, int expectedVersion) {
		return changeField(id, fieldId, expectedVersion, merge -> {
			if (key == null || key.isBlank()) {
				throw new TemplateProblems.Invalid(List.of("Es fehlt der Schlüssel des vorgeschlagenen Ziels, dessen Änderung übernommen werden soll."));
			}
			return merge.apply(key, overwrite);
		});
	}

	@Override
	public Edition dismissRemaining(EditionId id, UUID fieldId, int expectedVersion) {
		return changeField(id, fieldId, expectedVersion, TemplateMerge::dismissRemaining);
	}

	private record PendingMerge(FieldTemplate latest, TemplateMerge merge) {
	}

	private Edition changeField(EditionId id, UUID fieldId, int expectedVersion, Function<TemplateMerge, Field> change) {
		requireWriter();
		Edition edition = current(id, expectedVersion);
		Field field = edition.fields().stream()
			.filter(candidate -> candidate.id().equals(fieldId) && candidate.templateCode() != null && candidate.templateVersion() != null)
			.findFirst().orElseThrow(() -> new TemplateProblems.FieldNotAdopted(fieldId));
		PendingMerge pending = merge(edition, field).orElseThrow(() -> new TemplateProblems.NoOpenChange(field.templateCode()));
		Field changed = change.apply(pending.merge());
		UnaryOperator<Field> replace = candidate -> candidate.id().equals(fieldId) ? changed : candidate;
		return editions.update(edition.withFields(edition.fields().stream().map(replace).toList()), expectedVersion);
	}

	/** The edition, if nobody saved it since the editor loaded {@code expectedVersion}. */
	private Edition current(EditionId id, int expectedVersion) {
		Edition edition = editions.get(id);
		if (edition.version() != expectedVersion) {
			throw new EditionProblems.VersionConflict(expectedVersion, edition.version());
		}
		return edition;
	}

	/** The comparison for a field adopted from a template that has a newer version; empty otherwise. */
	private Optional<PendingMerge> merge(Edition edition, Field field) {
		if (field.templateCode() == null || field.templateVersion() == null) {
			return Optional.empty();
		}
		Optional<FieldTemplate> latest = templates.latest(field.templateCode()).filter(newest -> newest.version() > field.templateVersion());
		Optional<FieldTemplate> adopted = latest.flatMap(newest -> templates.find(field.templateCode(), field.templateVersion()));
		if (adopted.isEmpty()) {
			return Optional.empty();
		}
		Set<UUID> goalsUsedByMeasures = edition.measures().stream().flatMap(measure -> measure.goals().stream()).collect(Collectors.toSet());
		return Optional.of(new PendingMerge(latest.get(), new TemplateMerge(field, adopted.get(), latest.get(), goalsUsedByMeasures)));
	}

	private static void requireWriter() {
		AccessControl.requireTenantRoleOrClientScope(TenantRole.EDITOR, ConceptEditionsService.WRITE_SCOPE);
	}
}
