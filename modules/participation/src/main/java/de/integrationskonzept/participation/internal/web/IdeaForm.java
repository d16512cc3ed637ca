package de.integrationskonzept.participation.internal.web;

import de.integrationskonzept.participation.Ideas;

/** The citizens' idea form. */
public class IdeaForm {

	private String title;
	private String text;
	private String field;
	private String location;
	private boolean consent;
	private String consentVersion;

	Ideas.NewIdea toNewIdea() {
		return new Ideas.NewIdea(title, text, field, location, consent, consentVersion);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getField() {
		return field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getConsentVersion() {
		return consentVersion;
	}

	public void setConsentVersion(String consentVersion) {
		this.consentVersion = consentVersion;
	}
}
