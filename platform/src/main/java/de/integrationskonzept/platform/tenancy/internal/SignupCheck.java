package de.integrationskonzept.platform.tenancy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import de.integrationskonzept.platform.tenancy.Ags;
import de.integrationskonzept.platform.tenancy.Bundesland;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.TenantKind;
import de.integrationskonzept.platform.tenancy.TenantStatus;

/**
 * Checks a sign-up form with the registry's own rules: the {@link Tenant} and {@link Ags}
 * records decide, and their (English) messages are mapped to German message keys on the field
 * the visitor has to correct. Whether slug and AGS are still free is the registry's question
 * ({@link TenantSignups}).
 */
final class SignupCheck {

	/** The same rule as the {@code user_account.email} check in the database. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** A problem on a field ({@code null}: the whole form), as message key and arguments. */
	record Problem(String field, String key, List<Object> arguments) {

		Problem(String field, String key, Object... arguments) {
			this(field, key, List.of(arguments));
		}
	}

	/** A checked sign-up: the tenant to create and its contact person, or the problems. */
	record Result(Tenant tenant, String contactName, String contactEmail, List<Problem> problems) {
	}

	private SignupCheck() {
	}

	static Result check(SignupForm form) {
		List<Problem> problems = new ArrayList<>();
		String name = text(form.getName(), "name", 200, problems);
		String shortName = text(form.getShortName(), "shortName", 100, problems);
		TenantKind kind = choice(TenantKind.class, form.getKind(), "kind", problems);
		Bundesland land = choice(Bundesland.class, form.getBundesland(), "bundesland", problems);
		Ags ags = ags(form.getAgs(), problems);
		String slug = strip(form.getSlug()).toLowerCase(Locale.ROOT);
		if (slug.isEmpty()) {
			problems.add(new Problem("slug", "signup.error.required"));
		}
		Tenant tenant = null;
		if (problems.isEmpty()) {
			try {
				tenant = new Tenant(TenantId.random(), slug, name, shortName, kind, ags, land, null, "de", TenantStatus.REQUESTED);
			}
			catch (IllegalArgumentException e) {
				problems.add(tenantRule(e.getMessage(), slug, kind, ags, land));
			}
		}
		String contactName = text(form.getContactName(), "contactName", 200, problems);
		String contactEmail = strip(form.getContactEmail()).toLowerCase(Locale.ROOT);
		if (contactEmail.isEmpty()) {
			problems.add(new Problem("contactEmail", "signup.error.required"));
		}
		else if (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail).matches()) {
			problems.add(new Problem("contactEmail", "signup.error.email"));
		}
		return new Result(problems.isEmpty() ? tenant : null, contactName, contactEmail, problems);
	}

	/** The Tenant record's rules, in the order it checks them. */
	private static Problem tenantRule(String message, String slug, TenantKind kind, Ags ags, Bundesland land) {
		if (message.startsWith("slug must be")) {
			return new Problem("slug", "signup.error.slug.format");
		}
		if (message.endsWith("is reserved by the platform")) {
			return new Problem("slug", "signup.error.slug.reserved", slug);
		}
		if (message.startsWith("name and short name are required")) {
			return new Problem("name", "signup.error.required");
		}
		if (message.contains(" belongs to ")) {
			return new Problem("bundesland", "signup.error.ags.bundesland", ags.value(), ags.bundesland().label(), land.label());
		}
		if (message.startsWith("a Landkreis is keyed by")) {
			return new Problem("ags", "signup.error.ags.landkreis", ags.value());
		}
		if (message.contains("names a Kreis or kreisfreie Stadt")) {
			return new Problem("kind", "signup.error.kind.kreisangehoerig", ags.value(), kind.label());
		}
		return new Problem(null, "signup.error.invalid", message);
	}

	private static Ags ags(String value, List<Problem> problems) {
		String digits = strip(value).replaceAll("\\s", "");
		if (digits.isEmpty()) {
			problems.add(new Problem("ags", "signup.error.required"));
			return null;
		}
		try {
			return new Ags(digits);
		}
		catch (IllegalArgumentException e) {
			problems.add(e.getMessage().startsWith("unknown Länderschlüssel")
					? new Problem("ags", "signup.error.ags.land", digits.substring(0, 2))
					: new Problem("ags", "signup.error.ags.format"));
			return null;
		}
	}

	private static String text(String value, String field, int maximumLength, List<Problem> problems) {
		String text = strip(value);
		if (text.isEmpty()) {
			problems.add(new Problem(field, "signup.error.required"));
		}
		else if (text.length() > maximumLength) {
			problems.add(new Problem(field, "signup.error.tooLong", maximumLength));
		}
		return text;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<Problem> problems) {
		try {
			return Enum.valueOf(type, strip(value));
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem(field, "signup.error.required"));
			return null;
		}
	}

	private static String strip(String value) {
		return value == null ? "" : value.strip();
	}
}
