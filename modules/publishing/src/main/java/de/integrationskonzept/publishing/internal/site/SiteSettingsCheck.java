package de.integrationskonzept.publishing.internal.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.integrationskonzept.publishing.internal.FieldProblem;
import de.integrationskonzept.publishing.internal.InvalidInput;
import de.integrationskonzept.publishing.internal.PlainText;

/**
 * Turns the typed form into settings, or refuses it with every problem at once: colours below
 * 4.5:1 against white, logos that are not small PNG or JPEG files, a logo without alternative
 * text, an own accessibility statement without status, date or (when not fully conformant) its
 * barriers.
 */
final class SiteSettingsCheck {

	/** A new logo, the removal of the current one, or neither ({@link #KEEP}). */
	record LogoChange(byte[] content, String mediaType, boolean remove) {
		static final LogoChange KEEP = new LogoChange(null, null, false);
	}

	/** The checked values to store; the logo's alternative text is {@code null} when no logo remains. */
	record Checked(LogoChange logo, String logoAlt, AccentColour accentColour, String impressum, String datenschutz,
			SiteSettings.Accessibility accessibility, int expectedVersion) {
	}

	private final List<FieldProblem> problems = new ArrayList<>();

	private SiteSettingsCheck() {
	}

	static Checked check(SiteSettingsForm form, SiteSettings current, LocalDate today) {
		return new SiteSettingsCheck().run(form, current, today);
	}

	private Checked run(SiteSettingsForm form, SiteSettings current, LocalDate today) {
		LogoChange logo = logo(form);
		boolean hasLogo = logo.content() != null || (current.hasLogo() && !logo.remove());
		String logoAlt = text("logoAlt", form.getLogoAlt(), 200);
		if (hasLogo && logoAlt == null) {
			problems.add(FieldProblem.of("logoAlt", "site.logoAlt.error.required"));
		}
		AccentColour accent = accent(form.getAccentColour());
		String impressum = text("impressum", form.getImpressum(), 20000);
		String datenschutz = text("datenschutz", form.getDatenschutz(), 50000);
		SiteSettings.Accessibility statement = statement(form, today);
		InvalidInput.throwIfAny(problems);
		return new Checked(logo, hasLogo ? logoAlt : null, accent, impressum, datenschutz, statement, form.getVersion());
	}

	private LogoChange logo(SiteSettingsForm form) {
		var file = form.getLogo();
		if (file != null && !file.isEmpty()) {
			byte[] content;
			try {
				// Never read more than the limit allows into memory.
				content = file.getSize() > LogoImage.MAX_BYTES ? null : file.getBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			var problem = content == null ? java.util.Optional.of("site.logo.error.tooLarge") : LogoImage.problem(content);
			if (problem.isPresent()) {
				problems.add(FieldProblem.of("logo", problem.get(), LogoImage.MAX_BYTES / 1024));
				return LogoChange.KEEP;
			}
			return new LogoChange(content, LogoImage.mediaType(content).orElseThrow(), false);
		}
		return form.isRemoveLogo() ? new LogoChange(null, null, true) : LogoChange.KEEP;
	}

	private AccentColour accent(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		AccentColour colour;
		try {
			colour = AccentColour.parse(typed);
		}
		catch (IllegalArgumentException e) {
			problems.add(FieldProblem.of("accentColour", "site.accentColour.error.format"));
			return null;
		}
		if (!colour.readableOnWhite()) {
			var ratio = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.GERMAN));
			problems.add(FieldProblem.of("accentColour", "site.accentColour.error.contrast", colour.hex(),
					ratio.format(Math.floor(colour.contrastWithWhite() * 10) / 10), "4,5"));
		}
		return colour;
	}

	private SiteSettings.Accessibility statement(SiteSettingsForm form, LocalDate today) {
		ConformanceStatus status = null;
		if (form.getA11yStatus() != null && !form.getA11yStatus().isBlank()) {
			try {
				status = ConformanceStatus.valueOf(form.getA11yStatus().strip());
			}
			catch (IllegalArgumentException e) {
				problems.add(FieldProblem.of("a11yStatus", "site.a11yStatus.error.unknown"));
			}
		}
		String barriers = text("a11yBarriers", form.getA11yBarriers(), 10000);
		String feedback = text("a11yFeedbackContact", form.getA11yFeedbackContact(), 1000);
		LocalDate date = date(form.getA11yStatementDate(), today);
		String url = url(form.getA11yEnforcementUrl());
		boolean anyGiven = barriers != null || feedback != null || date != null || url != null;
		if (status == null && anyGiven && !hasProblem("a11yStatus")) {
			problems.add(FieldProblem.of("a11yStatus", "site.a11yStatus.error.required"));
		}
		if (status != null && date == null && !hasProblem("a11yStatementDate")) {
			problems.add(FieldProblem.of("a11yStatementDate", "site.a11yStatementDate.error.required"));
		}
		if (status != null && status != ConformanceStatus.VOLLSTAENDIG && barriers == null && !hasProblem("a11yBarriers")) {
			problems.add(FieldProblem.of("a11yBarriers", "site.a11yBarriers.error.required"));
		}
		return new SiteSettings.Accessibility(status, barriers, date, feedback, url);
	}

	private LocalDate date(String typed, LocalDate today) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(typed.strip());
			if (date.isAfter(today)) {
				problems.add(FieldProblem.of("a11yStatementDate", "site.a11yStatementDate.error.future"));
			}
			return date;
		}
		catch (DateTimeParseException e) {
			problems.add(FieldProblem.of("a11yStatementDate", "site.a11yStatementDate.error.format"));
			return null;
		}
	}

	private String url(String typed) {
		String value = text("a11yEnforcementUrl", typed, 500);
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !value.contains(" ")) {
				return value;
			}
		}
		catch (URISyntaxException e) {
			// reported below
		}
		problems.add(FieldProblem.of("a11yEnforcementUrl", "site.a11yEnforcementUrl.error.format"));
		return null;
	}

	private String text(String field, String typed, int maxLength) {
		String value = PlainText.normalise(typed);
		if (value != null && value.length() > maxLength) {
			problems.add(FieldProblem.of(field, "publishing.error.tooLong", maxLength));
		}
		return value;
	}

	private boolean hasProblem(String field) {
		return problems.stream().anyMatch(problem -> field.equals(problem.field()));
	}
}
