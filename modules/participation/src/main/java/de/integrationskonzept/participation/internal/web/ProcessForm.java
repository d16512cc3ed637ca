package de.integrationskonzept.participation.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import de.integrationskonzept.participation.ParticipationProcesses.NewProcess;
import de.integrationskonzept.participation.Phase;
import de.integrationskonzept.participation.PhaseKind;

/**
 * The staff form for a new process: one row per possible phase (without JavaScript there is no
 * "add a row"); rows left empty are not phases.
 */
public class ProcessForm {

	private String editionId;
	private String title;
	private String description;
	private List<PhaseRow> phases = new ArrayList<>();

	static ProcessForm empty() {
		ProcessForm form = new ProcessForm();
		for (PhaseKind kind : PhaseKind.values()) {
			PhaseRow row = new PhaseRow();
			row.setKind(kind);
			form.phases.add(row);
		}
		return form;
	}

	/** Rows with neither date are left out; a date that cannot be read counts as missing (the rules name the phase). */
	NewProcess toNewProcess() {
		List<Phase> filled = phases.stream().filter(row -> !blank(row.getStartsOn()) || !blank(row.getEndsOn()))
			.map(row -> new Phase(row.getKind(), date(row.getStartsOn()), date(row.getEndsOn())))
			.toList();
		return new NewProcess(editionId, title, description, filled);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate date(String value) {
		try {
			return blank(value) ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	public String getEditionId() {
		return editionId;
	}

	public void setEditionId(String editionId) {
		this.editionId = editionId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<PhaseRow> getPhases() {
		return phases;
	}

	public void setPhases(List<PhaseRow> phases) {
		this.phases = phases;
	}

	public static class PhaseRow {

		private PhaseKind kind;
		private String startsOn;
		private String endsOn;

		public PhaseKind getKind() {
			return kind;
		}

		public void setKind(PhaseKind kind) {
			this.kind = kind;
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
	}
}
