package de.integrationskonzept.platform.tenancy;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A municipality on the platform, as kept in the global tenant registry.
 */
public record Tenant(TenantId id, String slug, String name, String shortName, TenantKind kind, Ags ags,
		Bundesland bundesland, Population population, String defaultLanguage, TenantStatus status) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	/** First path segments the platform itself uses; no tenant may take one as its slug. */
	public static final Set<String> RESERVED_SLUGS = Set.of("api", "actuator", "v3", "swagger-ui", "css", "js",
			"images", "fonts", "webjars", "assets", "static", "error", "login", "logout", "oauth2", "connect",
			"userinfo", "admin", "platform", "konto", "account", "anmelden", "abmelden", "registrierung", "passwort",
			"einladung", "tenants", "templates", "www");

	public Tenant {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(ags, "ags");
		Objects.requireNonNull(bundesland, "bundesland");
		Objects.requireNonNull(status, "status");
		if (slug == null || !SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException(
					"slug must be 1–63 lowercase letters, digits or inner hyphens, was: " + slug);
		}
		if (RESERVED_SLUGS.contains(slug)) {
			throw new IllegalArgumentException("slug " + slug + " is reserved by the platform");
		}
		if (name == null || name.isBlank() || shortName == null || shortName.isBlank()) {
			throw new IllegalArgumentException("name and short name are required");
		}
		if (ags.bundesland() != bundesland) {
			throw new IllegalArgumentException("AGS " + ags + " belongs to " + ags.bundesland().label()
					+ ", not to " + bundesland.label());
		}
		if (kind == TenantKind.LANDKREIS && !ags.isKreisKey()) {
			throw new IllegalArgumentException("a Landkreis is keyed by its Kreisschlüssel followed by 000, was: " + ags);
		}
		if (kind.isKreisangehoerig() && ags.isKreisKey()) {
			throw new IllegalArgumentException("AGS " + ags + " names a Kreis or kreisfreie Stadt, not a " + kind.label());
		}
		defaultLanguage = defaultLanguage == null ? "de" : defaultLanguage;
	}

	public boolean isActive() {
		return status == TenantStatus.ACTIVE;
	}
}
