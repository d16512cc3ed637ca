package de.integrationskonzept.publishing.internal;

import static de.integrationskonzept.publishing.internal.db.Tables.SEARCH_ENTRY;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * PostgreSQL full-text search over published editions ({@code german} configuration for German
 * and plain German). Highlights come from {@code ts_headline}; the marks are private-use
 * characters that the page turns into {@code <mark>} after escaping the text.
 */
@Component
public class SearchIndex {

	public static final char MARK_START = '\uE000';
	public static final char MARK_END = '\uE001';
	private static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
			+ ", MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

	public enum Kind {
		EDITION, GUIDELINE, FIELD, GOAL, INDICATOR, MEASURE
	}

	/** One hit: where it is ({@code fieldSlug} for items of a Handlungsfeld) and the marked texts. */
	public record Hit(Kind kind, UUID itemId, String fieldSlug, String title, String excerpt) {
	}

	private record Entry(UUID itemId, Kind kind, String fieldSlug, List<LocalizedText> titleAndBody) {
	}

	private final DSLContext dsl;

	SearchIndex(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Every searchable item of an edition with its title and body texts. */
	private static List<Entry> entries(PublishedEdition published) {
		Edition edition = published.edition();
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry(edition.id().value(), Kind.EDITION, null, texts(edition.title(), edition.understanding(), edition.prerequisites())));
		edition.guidelines().forEach(guideline -> entries.add(new Entry(guideline.id(), Kind.GUIDELINE, null, texts(guideline.text()))));
		for (Edition.Field field : edition.fields()) {
			String slug = published.fieldSlug(field);
			entries.add(new Entry(field.id(), Kind.FIELD, slug, texts(field.name(), field.description(), field.baseline())));
			field.goals().stream().flatMap(Edition.Goal::withSubGoals).forEach(goal -> {
				entries.add(new Entry(goal.id(), Kind.GOAL, slug, texts(goal.title(), goal.description())));
				goal.indicators().forEach(indicator -> entries.add(
						new Entry(indicator.id(), Kind.INDICATOR, slug, texts(indicator.name(), indicator.definition()))));
			});
		}
		edition.measures().forEach(measure -> entries.add(new Entry(measure.id(), Kind.MEASURE, null, texts(measure.title(), measure.description()))));
		return entries;
	}

	/**
	 * Indexes every item in every language the edition has texts in, with German where an item
	 * lacks that language — so a search in English finds the items not translated yet, too.
	 */
	@Transactional
	void index(PublishedEdition published) {
		List<Entry> entries = entries(published);
		Set<String> languages = languages(entries);
		var insert = dsl.insertInto(SEARCH_ENTRY, SEARCH_ENTRY.TENANT_ID, SEARCH_ENTRY.EDITION_ID, SEARCH_ENTRY.ITEM_ID,
				SEARCH_ENTRY.LANGUAGE, SEARCH_ENTRY.KIND, SEARCH_ENTRY.FIELD_SLUG, SEARCH_ENTRY.TITLE, SEARCH_ENTRY.BODY,
				SEARCH_ENTRY.DOCUMENT);
		UUID tenant = TenantContext.require().value();
		for (Entry entry : entries) {
			for (String language : languages) {
				String title = entry.titleAndBody().getFirst().texts().getOrDefault(language, entry.titleAndBody().getFirst().german());
				String body = entry.titleAndBody().stream().skip(1)
					.map(text -> text.texts().getOrDefault(language, text.german()))
					.collect(Collectors.joining("\n\n"));
				insert = insert.values(DSL.val(tenant), DSL.val(published.editionId().value()), DSL.val(entry.itemId()),
						DSL.val(language), DSL.val(entry.kind().name()), DSL.val(entry.fieldSlug()), DSL.val(title), DSL.val(body),
						weighted(language, title, body));
			}
		}
		insert.onConflictDoNothing().execute();
	}

	/**
	 * Hits in one published edition, best first, in {@code language} if the edition has texts in
	 * it and in German otherwise; the query is read as a web search ("…", or, -).
	 */
	@Transactional(readOnly = true)
	public List<Hit> search(PublishedEdition published, String query, String language, int limit) {
		EditionId edition = published.editionId();
		String searched = languages(entries(published)).contains(language) ? language : LocalizedText.GERMAN;
		Field<Object> config = config(searched);
		Field<Object> tsQuery = DSL.field("websearch_to_tsquery({0}, {1})", Object.class, config, DSL.val(query));
		Field<Float> rank = DSL.field("ts_rank({0}, {1})", SQLDataType.REAL, SEARCH_ENTRY.DOCUMENT, tsQuery);
		Field<String> title = DSL.field("ts_headline({0}, {1}, {2}, {3})", String.class, config, SEARCH_ENTRY.TITLE, tsQuery,
				DSL.val("HighlightAll=true, StartSel=" + MARK_START + ", StopSel=" + MARK_END));
		Field<String> excerpt = DSL.field("ts_headline({0}, {1}, {2}, {3})", String.class, config, SEARCH_ENTRY.BODY, tsQuery,
				DSL.val(HEADLINE_OPTIONS));
		return dsl.select(SEARCH_ENTRY.KIND, SEARCH_ENTRY.ITEM_ID, SEARCH_ENTRY.FIELD_SLUG, title, excerpt)
			.from(SEARCH_ENTRY)
			.where(SEARCH_ENTRY.EDITION_ID.eq(edition.value()), SEARCH_ENTRY.LANGUAGE.eq(searched),
					DSL.condition("{0} @@ {1}", SEARCH_ENTRY.DOCUMENT, tsQuery))
			.orderBy(rank.desc(), SEARCH_ENTRY.KIND, SEARCH_ENTRY.TITLE)
			.limit(limit)
			.fetch(row -> new Hit(Kind.valueOf(row.value1()), row.value2(), row.value3(), row.value4(), row.value5()));
	}

	/** Title weighs more than body; German stemming for German and plain German. */
	private static Field<Object> weighted(String language, String title, String body) {
		Field<Object> config = config(language);
		return DSL.field("setweight(to_tsvector({0}, {1}), 'A') || setweight(to_tsvector({0}, {2}), 'B')", Object.class, config,
				DSL.val(title), DSL.val(body));
	}

	private static Field<Object> config(String language) {
		return DSL.field(language.startsWith("de") ? "'german'::regconfig" : "'simple'::regconfig");
	}

	private static List<LocalizedText> texts(LocalizedText... texts) {
		return Stream.of(texts).filter(Objects::nonNull).toList();
	}

	private static Set<String> languages(List<Entry> entries) {
		Set<String> languages = new LinkedHashSet<>();
		languages.add(LocalizedText.GERMAN);
		entries.forEach(entry -> entry.titleAndBody().forEach(text -> languages.addAll(text.texts().keySet())));
		return languages;
	}
}
