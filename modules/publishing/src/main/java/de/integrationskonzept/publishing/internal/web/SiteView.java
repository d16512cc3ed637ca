package de.integrationskonzept.publishing.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.LocalizedText;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import de.integrationskonzept.publishing.internal.SearchIndex;

/**
 * What every page of a municipality's public site needs besides its own content: the tenant,
 * the edition shown, the content language (texts fall back to German, and say so with their own
 * {@code lang}), writing direction, and links that keep the chosen language.
 */
public final class SiteView {

	private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}(-simple)?");
	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ku");
	private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(Map.entry("de", "Deutsch"),
			Map.entry("de-simple", "Einfache Sprache"), Map.entry("en", "English"), Map.entry("ar", "العربية"),
			Map.entry("tr", "Türkçe"), Map.entry("ru", "Русский"), Map.entry("uk", "Українська"), Map.entry("pl", "Polski"),
			Map.entry("fa", "فارسی"), Map.entry("fr", "Français"), Map.entry("es", "Español"), Map.entry("it", "Italiano"),
			Map.entry("ro", "Română"), Map.entry("bg", "Български"), Map.entry("el", "Ελληνικά"), Map.entry("ku", "Kurdî"));

	/** An entry of the language switch. */
	public record Language(String code, String name, String htmlLang, boolean current) {
	}

	private static final java.time.ZoneId BERLIN = java.time.ZoneId.of("Europe/Berlin");
	private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Tenant tenant;
	private final PublishedEdition published;
	private final String language;
	private final String basePath;
	private final boolean preview;

	SiteView(Tenant tenant, PublishedEdition published, String language, String basePath, boolean preview) {
		this.tenant = tenant;
		this.published = published;
		this.language = language;
		this.basePath = basePath;
		this.preview = preview;
	}

	/**
	 * The frame of a public page outside {@link SitePages} (e.g. open data), at the tenant's
	 * public address, in {@code language}.
	 */
	public static SiteView publicSite(Tenant tenant, PublishedEdition published, String language) {
		return new SiteView(tenant, published, language, "/" + tenant.slug(), false);
	}

	/** {@code ?lang=} first, then the remembered choice of the platform's language switch, else German. */
	public static String languageOf(String requested, java.util.Locale locale) {
		if (requested != null && LANGUAGE.matcher(requested).matches()) {
			return requested;
		}
		String remembered = locale.getLanguage();
		return LANGUAGE.matcher(remembered).matches() ? remembered : "de";
	}

	public Tenant tenant() {
		return tenant;
	}

	public PublishedEdition published() {
		return published;
	}

	public Edition edition() {
		return published == null ? null : published.edition();
	}

	public boolean preview() {
		return preview;
	}

	/** A date as German and English readers both read it on this site (dd.MM.yyyy, Berlin time). */
	public String date(java.time.Instant instant) {
		return DATE.format(instant.atZone(BERLIN));
	}

	/** A number as readers of the page's language write it (German: 72,5; otherwise 72.5), no needless zeros. */
	public String number(java.math.BigDecimal value) {
		if (value == null) {
			return "";
		}
		var format = java.text.NumberFormat.getNumberInstance(htmlLang().equals("de") ? java.util.Locale.GERMANY : java.util.Locale.ENGLISH);
		format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
		return format.format(value);
	}

	public String language() {
		return language;
	}

	/** The {@code lang} attribute of the page: BCP 47 ({@code de} for plain German, which is German). */
	public String htmlLang() {
		return htmlLang(language);
	}

	public String dir() {
		return RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
	}

	/** The text in the chosen language, German where it is missing. */
	public String text(LocalizedText text) {
		return text == null ? null : text.texts().getOrDefault(language, text.german());
	}

	/** The {@code lang} of what {@link #text} returns, so a German fallback is read out as German. */
	public String langOf(LocalizedText text) {
		return text != null && text.has(language) ? htmlLang(language) : "de";
	}

	/** The direction of what {@link #text} returns. */
	public String dirOf(LocalizedText text) {
		return text != null && text.has(language) ? dir() : "ltr";
	}

	/** A link within the site ({@code ""} is the start page) that keeps the chosen language. */
	public String href(String path) {
		return withLanguage(basePath + path, language);
	}

	/** A link to the public site, also from a preview (documents, open data, contact). */
	public String publicHref(String path) {
		return withLanguage("/" + tenant.slug() + path, language);
	}

	public String fieldHref(Edition.Field field) {
		return href("/handlungsfelder/" + published.fieldSlug(field));
	}

	/** The languages of the edition's texts (German first, English for the site's labels) for the language switch. */
	public List<Language> languages() {
		Set<String> codes = new LinkedHashSet<>(List.of("de"));
		if (published != null) {
			texts(published.edition()).forEach(text -> codes.addAll(text.texts().keySet()));
		}
		codes.add("en");
		List<Language> languages = new ArrayList<>();
		for (String code : codes) {
			languages.add(new Language(code, LANGUAGE_NAMES.getOrDefault(code, code), htmlLang(code), code.equals(language)));
		}
		return languages;
	}

	public String languageHref(String currentPath, String code) {
		return UriComponentsBuilder.fromPath(currentPath).replaceQueryParam("lang", code).build().toUriString();
	}

	public Stream<Edition.Measure> measuresOf(Edition.Goal goal) {
		return edition().measures().stream().filter(measure -> measure.goals().contains(goal.id()));
	}

	/** Where a search hit is shown. */
	public String searchHref(SearchIndex.Hit hit) {
		String anchor = switch (hit.kind()) {
			case EDITION -> href("");
			case GUIDELINE -> href("/leitlinien") + "#leitlinie-" + hit.itemId();
			case FIELD -> href("/handlungsfelder/" + hit.fieldSlug());
			case GOAL -> href("/handlungsfelder/" + hit.fieldSlug()) + "#ziel-" + hit.itemId();
			case INDICATOR -> href("/handlungsfelder/" + hit.fieldSlug());
			case MEASURE -> href("/massnahmen") + "#massnahme-" + hit.itemId();
		};
		return anchor;
	}

	/** A highlighted text as HTML: escaped first, then the search index's marks become {@code <mark>}. */
	public String marked(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8").replace(String.valueOf(SearchIndex.MARK_START), "<mark>")
			.replace(String.valueOf(SearchIndex.MARK_END), "</mark>");
	}

	/** How many measures serve at least one goal of the field. */
	public long measureCount(Edition.Field field) {
		Set<java.util.UUID> goals = field.goals().stream().flatMap(Edition.Goal::withSubGoals).map(Edition.Goal::id)
			.collect(java.util.stream.Collectors.toSet());
		return edition().measures().stream().filter(measure -> measure.goals().stream().anyMatch(goals::contains)).count();
	}

	public String goalFieldHref(java.util.UUID goal) {
		for (Edition.Field field : edition().fields()) {
			if (field.goals().stream().flatMap(Edition.Goal::withSubGoals).anyMatch(candidate -> candidate.id().equals(goal))) {
				return fieldHref(field) + "#ziel-" + goal;
			}
		}
		return href("");
	}

	public LocalizedText goalTitle(java.util.UUID goal) {
		return edition().allGoals().filter(candidate -> candidate.id().equals(goal)).findFirst().map(Edition.Goal::title).orElse(null);
	}

	static String withLanguage(String path, String language) {
		return "de".equals(language) ? path : UriComponentsBuilder.fromPath(path).queryParam("lang", language).build().toUriString();
	}

	static String htmlLang(String code) {
		return code.endsWith("-simple") ? code.substring(0, code.length() - "-simple".length()) : code;
	}

	private static Stream<LocalizedText> texts(Edition edition) {
		return Stream.of(Stream.of(edition.title(), edition.understanding()),
				edition.fields().stream().flatMap(field -> Stream.of(field.name(), field.description(), field.baseline())),
				edition.allGoals().map(Edition.Goal::title)).flatMap(s -> s).filter(java.util.Objects::nonNull);
	}
}
