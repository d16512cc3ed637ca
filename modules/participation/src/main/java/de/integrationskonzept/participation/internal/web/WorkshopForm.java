package de.integrationskonzept.participation.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import de.integrationskonzept.participation.Workshop;
import de.integrationskonzept.participation.Workshops;

/** The editors' workshop form; values that cannot be read count as missing (the rules name the field). */
public class WorkshopForm {

	private String title;
	private String field;
	private String description;
	private String date;
	private String startTime;
	private String endTime;
	private String place;
	private String onlineLink;
	private String capacity;

	static WorkshopForm of(Workshop workshop) {
		WorkshopForm form = new WorkshopForm();
		form.title = workshop.title();
		form.field = workshop.field();
		form.description = workshop.description();
		form.date = workshop.date().toString();
		form.startTime = workshop.startTime().toString();
		form.endTime = workshop.endTime().toString();
		form.place = workshop.place();
		form.onlineLink = workshop.onlineLink();
		form.capacity = Integer.toString(workshop.capacity());
		return form;
	}

	Workshops.Details toDetails() {
		return new Workshops.Details(title, field, description, parse(date, LocalDate::parse), parse(startTime, LocalTime::parse),
				parse(endTime, LocalTime::parse), place, onlineLink, number(capacity));
	}

	private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
		try {
			return value == null || value.isBlank() ? null : parser.apply(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static Integer number(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getField() {
		return field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}
}
