package de.integrationskonzept.monitoring.internal.web;

/** An evaluation of a project against one goal it claims, as the staff form sends it. */
public class ProjectEvaluationForm {

	private String goalId;
	private String rating;
	private String text;

	public String getGoalId() {
		return goalId;
	}

	public void setGoalId(String goalId) {
		this.goalId = goalId;
	}

	public String getRating() {
		return rating;
	}

	public void setRating(String rating) {
		this.rating = rating;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}
}
