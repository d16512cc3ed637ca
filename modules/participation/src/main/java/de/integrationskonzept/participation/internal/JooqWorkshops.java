package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.WORKSHOP;
import static de.integrationskonzept.participation.internal.db.Tables.WORKSHOP_REGISTRATION;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.participation.ParticipationEvents;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.participation.RegistrationStatus;
import de.integrationskonzept.participation.Workshop;
import de.integrationskonzept.participation.Workshops;
import de.integrationskonzept.participation.internal.attachments.AttachmentInfo;
import de.integrationskonzept.participation.internal.attachments.Attachments;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.TenantPeople;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqWorkshops implements Workshops {

	private static final String OWNER_KIND = Attachments.WORKSHOP;

	private final DSLContext dsl;
	private final ParticipationProcesses processes;
	private final WorkshopRows rows;
	private final WorkshopSeats seats;
	private final Attachments attachments;
	private final CurrentAccount currentAccount;
	private final TenantPeople people;
	private final ApplicationEventPublisher events;

	JooqWorkshops(DSLContext dsl, ParticipationProcesses processes, WorkshopRows rows, WorkshopSeats seats, Attachments attachments,
			CurrentAccount currentAccount, TenantPeople people, ApplicationEventPublisher events) {
		this.dsl = dsl;
		this.processes = processes;
		this.rows = rows;
		this.seats = seats;
		this.attachments = attachments;
		this.currentAccount = currentAccount;
		this.people = people;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Workshop> of(UUID processId) {
		processes.get(processId);
		return rows.of(processId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Workshop> upcoming(java.util.Collection<UUID> processIds, int limit) {
		return processIds.isEmpty() ? List.of() : rows.upcoming(processIds, limit);
	}

	@Override
	@Transactional(readOnly = true)
	public Workshop get(UUID processId, UUID workshopId) {
		return rows.find(processId, workshopId).orElseThrow(() -> new ParticipationProblems.WorkshopNotFound(workshopId));
	}

	@Override
	public Workshop create(UUID processId, Details details) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		processes.get(processId);
		throwIfAny(WorkshopRules.check(details));
		UUID id = UUID.randomUUID();
		dsl.insertInto(WORKSHOP)
			.set(WORKSHOP.TENANT_ID, TenantContext.require().value())
			.set(WORKSHOP.ID, id)
			.set(WORKSHOP.PROCESS_ID, processId)
			.set(plan(details))
			.execute();
		return get(processId, id);
	}

	@Override
	public Workshop update(UUID processId, UUID workshopId, Details details) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		lock(processId, workshopId);
		Workshop before = get(processId, workshopId);
		Map<String, String> problems = new LinkedHashMap<>(WorkshopRules.check(details));
		if (details.capacity() != null && details.capacity() < before.confirmed()) {
			problems.put("capacity", "Es haben bereits " + before.confirmed() + " Personen einen Platz; weniger Plätze sind nicht möglich.");
		}
		throwIfAny(problems);
		dsl.update(WORKSHOP).set(plan(details)).where(WorkshopRows.matches(processId, workshopId)).execute();
		Workshop after = get(processId, workshopId);
		seats.fillFreeSeats(after);
		return get(processId, workshopId);
	}

	@Override
	public Registration register(UUID processId, UUID workshopId) {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		UUID account = currentAccount.require();
		lock(processId, workshopId);
		return seats.register(get(processId, workshopId), account);
	}

	@Override
	public void cancelMine(UUID processId, UUID workshopId) {
		AccessControl.requireTenantRole(TenantRole.CITIZEN);
		UUID account = currentAccount.require();
		lock(processId, workshopId);
		seats.cancel(get(processId, workshopId), account);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Registration> mine(UUID processId, UUID workshopId) {
		Workshop workshop = get(processId, workshopId);
		return currentAccount.id().flatMap(account -> seats.of(workshop.id(), account));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Participant> participants(UUID processId, UUID workshopId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		get(processId, workshopId);
		var registrations = dsl.selectFrom(WORKSHOP_REGISTRATION).where(WORKSHOP_REGISTRATION.WORKSHOP_ID.eq(workshopId))
			.orderBy(WORKSHOP_REGISTRATION.REGISTERED_AT, WORKSHOP_REGISTRATION.ID).fetch();
		// Names only of people still in the tenant; a deleted account or a left member shows as no name.
		Map<UUID, String> names = people.byIds(registrations.stream().map(row -> row.getAccountId()).filter(Objects::nonNull).toList())
			.stream().collect(Collectors.toMap(TenantPeople.Person::id, TenantPeople.Person::displayName));
		return registrations.map(row -> new Participant(names.get(row.getAccountId()), RegistrationStatus.valueOf(row.getStatus()),
				row.getRegisteredAt().toInstant()));
	}

	@Override
	public Workshop document(UUID processId, UUID workshopId, String documentation) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		get(processId, workshopId);
		throwIfAny(WorkshopRules.checkDocumentation(documentation));
		dsl.update(WORKSHOP).set(WORKSHOP.DOCUMENTATION, documentation.strip()).set(WORKSHOP.DOCUMENTED_AT, OffsetDateTime.now())
			.where(WorkshopRows.matches(processId, workshopId)).execute();
		events.publishEvent(new ParticipationEvents.WorkshopDocumented(TenantContext.require(), processId, workshopId));
		return get(processId, workshopId);
	}

	@Override
	public DocumentationFile addFile(UUID processId, UUID workshopId, Upload upload, String caption) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		get(processId, workshopId);
		boolean image = upload.contentType() != null && upload.contentType().startsWith("image/");
		if (image && TextRules.blank(caption)) {
			// An image without a text alternative cannot be shown accessibly.
			throw new ParticipationProblems.Invalid(Map.of("caption", "Bitte beschreiben Sie, was auf dem Foto zu sehen ist (Alternativtext)."));
		}
		return toFile(attachments.store(OWNER_KIND, workshopId, upload.fileName(), upload.contentType(), upload.content(), caption));
	}

	@Override
	public void removeFile(UUID processId, UUID workshopId, UUID fileId) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		get(processId, workshopId);
		if (!attachments.delete(OWNER_KIND, workshopId, fileId)) {
			throw new ParticipationProblems.FileNotFound(fileId);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<DocumentationFile> files(UUID processId, UUID workshopId) {
		get(processId, workshopId);
		return attachments.list(OWNER_KIND, workshopId).stream().map(JooqWorkshops::toFile).toList();
	}

	private void lock(UUID processId, UUID workshopId) {
		if (!rows.lock(processId, workshopId)) {
			throw new ParticipationProblems.WorkshopNotFound(workshopId);
		}
	}

	private static Map<org.jooq.Field<?>, Object> plan(Details details) {
		Map<org.jooq.Field<?>, Object> values = new LinkedHashMap<>();
		values.put(WORKSHOP.TITLE, details.title().strip());
		values.put(WORKSHOP.FIELD, TextRules.strippedOrNull(details.field()));
		values.put(WORKSHOP.DESCRIPTION, details.description() == null ? "" : details.description().strip());
		values.put(WORKSHOP.STARTS_AT, at(details.date(), details.startTime()));
		values.put(WORKSHOP.ENDS_AT, at(details.date(), details.endTime()));
		values.put(WORKSHOP.PLACE, TextRules.strippedOrNull(details.place()));
		values.put(WORKSHOP.ONLINE_LINK, TextRules.strippedOrNull(details.onlineLink()));
		values.put(WORKSHOP.CAPACITY, details.capacity());
		return values;
	}

	private static OffsetDateTime at(LocalDate date, LocalTime time) {
		return ZonedDateTime.of(date, time, ParticipationProcess.ZONE).toOffsetDateTime();
	}

	private static void throwIfAny(Map<String, String> problems) {
		if (!problems.isEmpty()) {
			throw new ParticipationProblems.Invalid(problems);
		}
	}

	private static DocumentationFile toFile(AttachmentInfo info) {
		return new DocumentationFile(info.id(), info.fileName(), info.contentType(), info.size(), info.caption());
	}
}
