package de.integrationskonzept.monitoring.internal.web;

/** The form for an indicator's collection setting; everything as typed, so a refusal shows it again. */
public class CollectionForm {

	private String indicator;
	private String cadence = "YEARLY";
	private String office;
	private String person;
	private String dueDays = "90";

	public String getIndicator() {
		return indicator;
	}

	public void setIndicator(String indicator) {
		this.indicator = indicator;
	}

	public String getCadence() {
		return cadence;
	}

	public void setCadence(String cadence) {
		this.cadence = cadence;
	}

	public String getOffice() {
		return office;
	}

	public void setOffice(String office) {
		this.office = office;
	}

	public String getPerson() {
		return person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public String getDueDays() {
		return dueDays;
	}

	public void setDueDays(String dueDays) {
		this.dueDays = dueDays;
	}
}
