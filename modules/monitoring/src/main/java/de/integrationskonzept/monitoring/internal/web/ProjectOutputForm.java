package de.integrationskonzept.monitoring.internal.web;

/** An output a carrier reported, as the staff form sends it. */
public class ProjectOutputForm {

	private String year;
	private String outputText;
	private String value;
	private String unit;

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getOutputText() {
		return outputText;
	}

	public void setOutputText(String outputText) {
		this.outputText = outputText;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}
}
