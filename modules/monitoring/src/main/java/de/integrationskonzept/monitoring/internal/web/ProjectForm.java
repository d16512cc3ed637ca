package de.integrationskonzept.monitoring.internal.web;

import java.util.ArrayList;
import java.util.List;

/** A funded project as the staff form sends it: amount and dates as typed, ids as text. */
public class ProjectForm {

	private String title;
	private String carrierActorId;
	private String amount;
	private String startsOn;
	private String endsOn;
	private List<String> goalIds = new ArrayList<>();
	private String description;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCarrierActorId() {
		return carrierActorId;
	}

	public void setCarrierActorId(String carrierActorId) {
		this.carrierActorId = carrierActorId;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	public List<String> getGoalIds() {
		return goalIds;
	}

	public void setGoalIds(List<String> goalIds) {
		this.goalIds = goalIds == null ? new ArrayList<>() : goalIds;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}
}
