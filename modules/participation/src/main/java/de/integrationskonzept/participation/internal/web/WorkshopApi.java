package de.integrationskonzept.participation.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.participation.Workshop;
import de.integrationskonzept.participation.Workshops;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Workshops of a process and the caller's own registration. Counts only, never who registered.
 */
@RestController
@RequestMapping("/api/{tenantSlug}/participation/processes/{processId}/workshops")
@Tag(name = "Beteiligung", description = "Beteiligungsverfahren einer Kommune und die Ideen der Bürgerinnen und Bürger")
class WorkshopApi {

	private final Workshops workshops;

	WorkshopApi(Workshops workshops) {
		this.workshops = workshops;
	}

	/**
	 * A workshop with its free seats and whether registration is still open. The link of an online
	 * workshop goes to confirmed participants only (in their confirmation mail and on the page).
	 */
	record WorkshopView(UUID id, String title, String field, String description, LocalDate date, LocalTime startTime, LocalTime endTime,
			String place, boolean online, int capacity, int freeSeats, int waiting, boolean registrationOpen, boolean documented) {

		static WorkshopView of(Workshop workshop, Instant now) {
			return new WorkshopView(workshop.id(), workshop.title(), workshop.field(), workshop.description(), workshop.date(),
					workshop.startTime(), workshop.endTime(), workshop.place(), workshop.onlineLink() != null, workshop.capacity(), workshop.freeSeats(),
					workshop.waiting(), !workshop.hasBegunAt(now), workshop.isDocumented());
		}
	}

	@GetMapping
	@Operation(summary = "Workshops eines Beteiligungsverfahrens", description = "In zeitlicher Reihenfolge, mit freien Plätzen und Länge der Warteliste.")
	List<WorkshopView> list(@PathVariable String tenantSlug, @PathVariable UUID processId) {
		Instant now = Instant.now();
		return workshops.of(processId).stream().map(workshop -> WorkshopView.of(workshop, now)).toList();
	}

	@PostMapping("/{workshopId}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Zum Workshop anmelden", description = "Bestätigt, solange Plätze frei sind, sonst Warteliste (waitingPosition). "
			+ "Bereits angemeldet: 409; nach Beginn des Workshops: 409. Eine Bestätigung kommt per E-Mail.")
	Workshops.Registration register(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId) {
		return workshops.register(processId, workshopId);
	}

	@DeleteMapping("/{workshopId}/registrations/mine")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Eigene Anmeldung zurückziehen", description = "Der frei gewordene Platz geht an die erste Person der Warteliste. "
			+ "Ohne Anmeldung: 404; nach Beginn des Workshops: 409.")
	void cancel(@PathVariable String tenantSlug, @PathVariable UUID processId, @PathVariable UUID workshopId) {
		workshops.cancelMine(processId, workshopId);
	}
}
