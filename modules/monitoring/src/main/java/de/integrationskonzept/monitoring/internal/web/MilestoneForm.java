package de.integrationskonzept.monitoring.internal.web;

/** A new milestone; dates as typed (ISO from a date input, or TT.MM.JJJJ). */
public class MilestoneForm {

	private String title;
	private String dueOn;
	private String doneOn;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn;
	}

	public String getDoneOn() {
		return doneOn;
	}

	public void setDoneOn(String doneOn) {
		this.doneOn = doneOn;
	}
}
