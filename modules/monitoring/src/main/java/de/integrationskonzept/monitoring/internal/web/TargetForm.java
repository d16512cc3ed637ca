package de.integrationskonzept.monitoring.internal.web;

/** The form for the SOLL value of one year; an empty value removes the year's target. */
public class TargetForm {

	private String targetYear;
	private String targetValue;

	public String getTargetYear() {
		return targetYear;
	}

	public void setTargetYear(String targetYear) {
		this.targetYear = targetYear;
	}

	public String getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(String targetValue) {
		this.targetValue = targetValue;
	}
}
