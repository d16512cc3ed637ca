package de.integrationskonzept.participation.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import de.integrationskonzept.participation.Questionnaire;
import de.integrationskonzept.participation.Questionnaires.NewQuestion;
import de.integrationskonzept.participation.Questionnaires.NewQuestionnaire;

/**
 * The editors' form for a new questionnaire: a fixed number of question rows (without JavaScript
 * there is no "add a question"); empty rows at the end are left out. Row n is question n, which
 * conditions refer to. Options one per line.
 */
public class QuestionnaireForm {

	static final int ROWS = 10;

	private String processId;
	private String title;
	private String introduction;
	private String opensOn;
	private String closesOn;
	private Questionnaire.Mode mode = Questionnaire.Mode.ANONYMOUS;
	private boolean resultsPublic;
	private List<QuestionRow> questions = new ArrayList<>();

	static QuestionnaireForm empty() {
		QuestionnaireForm form = new QuestionnaireForm();
		for (int i = 0; i < ROWS; i++) {
			form.questions.add(new QuestionRow());
		}
		return form;
	}

	/** Rows count as questions up to the last one with a text; an empty row before it is reported as a question without text. */
	NewQuestionnaire toNewQuestionnaire() {
		int last = questions.size() - 1;
		while (last >= 0 && (questions.get(last).getText() == null || questions.get(last).getText().isBlank())) {
			last--;
		}
		List<NewQuestion> filled = questions.subList(0, last + 1).stream().map(QuestionRow::toNewQuestion).toList();
		return new NewQuestionnaire(uuid(processId), title, introduction, date(opensOn), date(closesOn), mode, resultsPublic, filled);
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	public String getProcessId() { return processId; }
	public void setProcessId(String processId) { this.processId = processId; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getIntroduction() { return introduction; }
	public void setIntroduction(String introduction) { this.introduction = introduction; }
	public String getOpensOn() { return opensOn; }
	public void setOpensOn(String opensOn) { this.opensOn = opensOn; }
	public String getClosesOn() { return closesOn; }
	public void setClosesOn(String closesOn) { this.closesOn = closesOn; }
	public Questionnaire.Mode getMode() { return mode; }
	public void setMode(Questionnaire.Mode mode) { this.mode = mode; }
	public boolean isResultsPublic() { return resultsPublic; }
	public void setResultsPublic(boolean resultsPublic) { this.resultsPublic = resultsPublic; }
	public List<QuestionRow> getQuestions() { return questions; }
	public void setQuestions(List<QuestionRow> questions) { this.questions = questions; }

	/** One question row; parts that do not fit the chosen kind are ignored. */
	public static class QuestionRow {

		private String text;
		private Questionnaire.Kind kind = Questionnaire.Kind.SINGLE_CHOICE;
		private boolean required;
		private String options;
		private Integer scaleMin = 1;
		private Integer scaleMax = 5;
		private String minLabel;
		private String maxLabel;
		private Integer maxLength = 1000;
		private Integer showIfQuestion;
		private Integer showIfOption;

		NewQuestion toNewQuestion() {
			List<String> optionList = kind != null && kind.isChoice() && options != null
					? Arrays.stream(options.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList() : List.of();
			Questionnaire.Scale scale = kind == Questionnaire.Kind.SCALE
					? new Questionnaire.Scale(scaleMin == null ? -1 : scaleMin, scaleMax == null ? -1 : scaleMax, minLabel, maxLabel) : null;
			Questionnaire.Condition showIf = showIfQuestion == null ? null
					: new Questionnaire.Condition(showIfQuestion, showIfOption == null ? 0 : showIfOption);
			return new NewQuestion(kind, text, required, optionList, scale, kind == Questionnaire.Kind.FREE_TEXT ? maxLength : null, showIf);
		}

		public String getText() { return text; }
		public void setText(String text) { this.text = text; }
		public Questionnaire.Kind getKind() { return kind; }
		public void setKind(Questionnaire.Kind kind) { this.kind = kind; }
		public boolean isRequired() { return required; }
		public void setRequired(boolean required) { this.required = required; }
		public String getOptions() { return options; }
		public void setOptions(String options) { this.options = options; }
		public Integer getScaleMin() { return scaleMin; }
		public void setScaleMin(Integer scaleMin) { this.scaleMin = scaleMin; }
		public Integer getScaleMax() { return scaleMax; }
		public void setScaleMax(Integer scaleMax) { this.scaleMax = scaleMax; }
		public String getMinLabel() { return minLabel; }
		public void setMinLabel(String minLabel) { this.minLabel = minLabel; }
		public String getMaxLabel() { return maxLabel; }
		public void setMaxLabel(String maxLabel) { this.maxLabel = maxLabel; }
		public Integer getMaxLength() { return maxLength; }
		public void setMaxLength(Integer maxLength) { this.maxLength = maxLength; }
		public Integer getShowIfQuestion() { return showIfQuestion; }
		public void setShowIfQuestion(Integer showIfQuestion) { this.showIfQuestion = showIfQuestion; }
		public Integer getShowIfOption() { return showIfOption; }
		public void setShowIfOption(Integer showIfOption) { this.showIfOption = showIfOption; }
	}
}
