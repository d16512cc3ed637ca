package de.integrationskonzept.publishing.internal.site;

import org.springframework.web.multipart.MultipartFile;

/**
 * The staff form of {@code /{slug}/verwaltung/auftritt} as typed. {@link SiteSettingsService}
 * checks it as a whole; the logo file is optional (empty keeps the current logo).
 */
public class SiteSettingsForm {

	private MultipartFile logo;
	private boolean removeLogo;
	private String logoAlt = "";
	private String accentColour = "";
	private String impressum = "";
	private String datenschutz = "";
	private String a11yStatus = "";
	private String a11yBarriers = "";
	private String a11yStatementDate = "";
	private String a11yFeedbackContact = "";
	private String a11yEnforcementUrl = "";
	private int version;

	static SiteSettingsForm of(SiteSettings settings) {
		var form = new SiteSettingsForm();
		form.logoAlt = orEmpty(settings.logoAlt());
		form.accentColour = settings.accentColour() == null ? "" : settings.accentColour().hex();
		form.impressum = orEmpty(settings.impressum());
		form.datenschutz = orEmpty(settings.datenschutz());
		var statement = settings.accessibility();
		form.a11yStatus = statement.status() == null ? "" : statement.status().name();
		form.a11yBarriers = orEmpty(statement.knownBarriers());
		form.a11yStatementDate = statement.statementDate() == null ? "" : statement.statementDate().toString();
		form.a11yFeedbackContact = orEmpty(statement.feedbackContact());
		form.a11yEnforcementUrl = orEmpty(statement.enforcementUrl());
		form.version = settings.version();
		return form;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	public MultipartFile getLogo() {
		return logo;
	}

	public void setLogo(MultipartFile logo) {
		this.logo = logo;
	}

	public boolean isRemoveLogo() {
		return removeLogo;
	}

	public void setRemoveLogo(boolean removeLogo) {
		this.removeLogo = removeLogo;
	}

	public String getLogoAlt() {
		return logoAlt;
	}

	public void setLogoAlt(String logoAlt) {
		this.logoAlt = logoAlt;
	}

	public String getAccentColour() {
		return accentColour;
	}

	public void setAccentColour(String accentColour) {
		this.accentColour = accentColour;
	}

	public String getImpressum() {
		return impressum;
	}

	public void setImpressum(String impressum) {
		this.impressum = impressum;
	}

	public String getDatenschutz() {
		return datenschutz;
	}

	public void setDatenschutz(String datenschutz) {
		this.datenschutz = datenschutz;
	}

	public String getA11yStatus() {
		return a11yStatus;
	}

	public void setA11yStatus(String a11yStatus) {
		this.a11yStatus = a11yStatus;
	}

	public String getA11yBarriers() {
		return a11yBarriers;
	}

	public void setA11yBarriers(String a11yBarriers) {
		this.a11yBarriers = a11yBarriers;
	}

	public String getA11yStatementDate() {
		return a11yStatementDate;
	}

	public void setA11yStatementDate(String a11yStatementDate) {
		this.a11yStatementDate = a11yStatementDate;
	}

	public String getA11yFeedbackContact() {
		return a11yFeedbackContact;
	}

	public void setA11yFeedbackContact(String a11yFeedbackContact) {
		this.a11yFeedbackContact = a11yFeedbackContact;
	}

	public String getA11yEnforcementUrl() {
		return a11yEnforcementUrl;
	}

	public void setA11yEnforcementUrl(String a11yEnforcementUrl) {
		this.a11yEnforcementUrl = a11yEnforcementUrl;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
