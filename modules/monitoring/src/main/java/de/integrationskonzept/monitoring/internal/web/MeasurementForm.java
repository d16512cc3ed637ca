package de.integrationskonzept.monitoring.internal.web;

/** The form for one IST value; value and date as typed, so "74,5" and "01.03.2024" are read the German way. */
public class MeasurementForm {

	private String period;
	private String value;
	private String source;
	private String collectedOn;
	private String note;

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getCollectedOn() {
		return collectedOn;
	}

	public void setCollectedOn(String collectedOn) {
		this.collectedOn = collectedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
