package de.integrationskonzept.participation.internal.web;

import de.integrationskonzept.participation.Ideas;

/** The citizens' idea form. */
public class IdeaForm {

	private String title;
	private String text;
	private String field;
	private boolean consent;

	Ideas.NewIdea toNewIdea() {
		return new Ideas.NewIdea(title, text, field, consent);
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

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}
}
