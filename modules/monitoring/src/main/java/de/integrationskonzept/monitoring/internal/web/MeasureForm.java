package de.integrationskonzept.monitoring.internal.web;

/** The progress form of one measure; percent and weight as typed, so "2,5" is read the German way. */
public class MeasureForm {

	private String status;
	private String percent;
	private String weight;
	private String note;

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getPercent() {
		return percent;
	}

	public void setPercent(String percent) {
		this.percent = percent;
	}

	public String getWeight() {
		return weight;
	}

	public void setWeight(String weight) {
		this.weight = weight;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
