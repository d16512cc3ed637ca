package de.integrationskonzept.participation.internal.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.participation.Idea;
import de.integrationskonzept.participation.IdeaComment;
import de.integrationskonzept.participation.IdeaModeration;
import de.integrationskonzept.participation.Ideas;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * One idea: support, comments, reports, the editors' status decision and moderation. Refusals are
 * problem details: 409 (phase, own idea, done already), 422 (input), 429 (too many), 403 (role).
 */
@RestController
@RequestMapping("/api/{tenantSlug}/participation")
@Tag(name = "Beteiligung")
class IdeaApi {

	private final Ideas ideas;
	private final IdeaModeration moderation;

	IdeaApi(Ideas ideas, IdeaModeration moderation) {
		this.ideas = ideas;
		this.moderation = moderation;
	}

	record CommentText(String text) {
	}

	record Reason(String reason) {
	}

	@GetMapping("/ideas/{id}")
	@Operation(summary = "Eine Idee mit Unterstützung, Kommentaren und Status")
	Idea get(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return ideas.get(id);
	}

	@GetMapping("/my-ideas")
	@Operation(summary = "Meine Ideen", description = "Die eigenen Ideen mit dem, was aus ihnen geworden ist.")
	List<Idea> mine(@PathVariable String tenantSlug) {
		return ideas.mine();
	}

	@PostMapping("/ideas/{id}/support")
	@Operation(summary = "Idee unterstützen", description = "Einmal pro Person, nicht die eigene Idee, nur während der Ideensammlung.")
	Idea support(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return ideas.support(id);
	}

	@DeleteMapping("/ideas/{id}/support")
	@Operation(summary = "Unterstützung zurückziehen")
	Idea withdrawSupport(@PathVariable String tenantSlug, @PathVariable UUID id) {
		return ideas.withdrawSupport(id);
	}

	@PostMapping("/ideas/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Idee kommentieren", description = "Text mit 2 bis 2000 Zeichen, nur während der Ideensammlung.")
	IdeaComment comment(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody CommentText comment) {
		return ideas.comment(id, comment.text());
	}

	@PostMapping("/ideas/{id}/reports")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Idee melden", description = "Einmal pro Person; nach mehreren Meldungen wird die Idee bis zur Prüfung ausgeblendet.")
	void reportIdea(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody(required = false) Reason reason) {
		moderation.report(IdeaModeration.Kind.IDEA, id, reason == null ? null : reason.reason());
	}

	@PostMapping("/comments/{id}/reports")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Kommentar melden")
	void reportComment(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody(required = false) Reason reason) {
		moderation.report(IdeaModeration.Kind.COMMENT, id, reason == null ? null : reason.reason());
	}

	@PutMapping("/ideas/{id}/status")
	@Operation(summary = "Status ändern (Redaktion)", description = "EINGEGANGEN → IN_PRUEFUNG → UEBERNOMMEN (acceptedInto: Ziel oder Maßnahme "
			+ "der Ausgabe) oder NICHT_UEBERNOMMEN (reason Pflicht).")
	Idea changeStatus(@PathVariable String tenantSlug, @PathVariable UUID id, @RequestBody Ideas.StatusChange change) {
		return ideas.changeStatus(id, change);
	}

	@GetMapping("/moderation")
	@Operation(summary = "Moderation: gemeldete und ausgeblendete Beiträge (Redaktion)")
	List<IdeaModeration.QueueEntry> queue(@PathVariable String tenantSlug) {
		return moderation.queue();
	}

	@PostMapping("/moderation/{kind}/{id}/hide")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Beitrag ausblenden (Redaktion)", description = "kind: IDEA oder COMMENT; der Grund wird öffentlich als Hinweis gezeigt.")
	void hide(@PathVariable String tenantSlug, @PathVariable IdeaModeration.Kind kind, @PathVariable UUID id, @RequestBody Reason reason) {
		moderation.hide(kind, id, reason.reason());
	}

	@PostMapping("/moderation/{kind}/{id}/restore")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Beitrag wieder zeigen (Redaktion)", description = "Löscht die Meldungen.")
	void restore(@PathVariable String tenantSlug, @PathVariable IdeaModeration.Kind kind, @PathVariable UUID id) {
		moderation.restore(kind, id);
	}
}
