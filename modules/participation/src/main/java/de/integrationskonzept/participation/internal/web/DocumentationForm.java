package de.integrationskonzept.participation.internal.web;

/** The editors' documentation text and, in a second form, a photo or file with its description. */
public class DocumentationForm {

	private String documentation;
	private String caption;

	public String getDocumentation() {
		return documentation;
	}

	public void setDocumentation(String documentation) {
		this.documentation = documentation;
	}

	public String getCaption() {
		return caption;
	}

	public void setCaption(String caption) {
		this.caption = caption;
	}
}
