package de.integrationskonzept.publishing.internal.news;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.publishing.internal.FieldProblem;
import de.integrationskonzept.publishing.internal.InvalidInput;
import de.integrationskonzept.publishing.internal.SiteContentChanged;

/**
 * Aktuelles of the bound tenant. The public reads return published items only; editors write,
 * publish and withdraw (the same people who edit the concept).
 */
@Service
@Transactional
public class News {

	static final TenantRole WRITES = TenantRole.EDITOR;
	/** The public list and the feed show at most this many items. */
	public static final int PUBLIC_LIMIT = 50;

	private final NewsRepository repository;
	private final ApplicationEventPublisher events;

	News(NewsRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** Published items, newest first (for the public list, the feed and a start page). */
	@Transactional(readOnly = true)
	public List<NewsItem> latestPublished(int limit) {
		return repository.published(Math.min(limit, PUBLIC_LIMIT));
	}

	/** A published item; drafts and other tenants' items are not there. */
	@Transactional(readOnly = true)
	public Optional<NewsItem> published(UUID id) {
		return repository.publishedItem(id);
	}

	@Transactional(readOnly = true)
	public List<NewsItem> all() {
		AccessControl.requireTenantRole(WRITES);
		return repository.all();
	}

	@Transactional(readOnly = true)
	public Optional<NewsItem> find(UUID id) {
		AccessControl.requireTenantRole(WRITES);
		return repository.find(id);
	}

	/** Throws unless the caller may write news (for pages that show an empty form). */
	public void requireWriter() {
		AccessControl.requireTenantRole(WRITES);
	}

	/** Saves a new draft. */
	public UUID write(NewsForm form) {
		AccessControl.requireTenantRole(WRITES);
		InvalidInput.throwIfAny(form.problems());
		UUID id = UUID.randomUUID();
		repository.insert(id, form, actor());
		return id;
	}

	public void revise(UUID id, NewsForm form) {
		AccessControl.requireTenantRole(WRITES);
		InvalidInput.throwIfAny(form.problems());
		NewsItem before = existing(id);
		conflictUnless(repository.update(id, form, actor()));
		changedIfPublic(before);
	}

	public void publish(UUID id, int expectedVersion) {
		changeStatus(id, NewsItem.Status.PUBLISHED, expectedVersion);
	}

	public void withdraw(UUID id, int expectedVersion) {
		changeStatus(id, NewsItem.Status.DRAFT, expectedVersion);
	}

	/** Deletes a draft; a published item has to be withdrawn first, so nothing vanishes by a slip. */
	public void delete(UUID id, int expectedVersion) {
		AccessControl.requireTenantRole(WRITES);
		NewsItem item = existing(id);
		if (item.isPublished()) {
			throw new InvalidInput(List.of(FieldProblem.of(null, "news.error.deletePublished")));
		}
		conflictUnless(repository.delete(id, expectedVersion));
	}

	private void changeStatus(UUID id, NewsItem.Status status, int expectedVersion) {
		AccessControl.requireTenantRole(WRITES);
		existing(id);
		conflictUnless(repository.changeStatus(id, status, expectedVersion, actor()));
		events.publishEvent(new SiteContentChanged(TenantContext.require()));
	}

	private void changedIfPublic(NewsItem before) {
		if (before.isPublished()) {
			events.publishEvent(new SiteContentChanged(TenantContext.require()));
		}
	}

	private NewsItem existing(UUID id) {
		return repository.find(id).orElseThrow(() -> new NewsItemNotFound(id));
	}

	private static void conflictUnless(boolean saved) {
		if (!saved) {
			throw new InvalidInput(List.of(FieldProblem.of(null, "publishing.error.conflict")));
		}
	}

	private static String actor() {
		return AccessControl.actor().orElse(null);
	}

	/** 404 for an item that does not exist in this tenant (or is not public, on public pages). */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	public static class NewsItemNotFound extends RuntimeException {
		public NewsItemNotFound(UUID id) {
			super("no news item " + id + " in this tenant");
		}
	}
}
