package de.integrationskonzept.participation;

import java.util.List;

/**
 * Results of a questionnaire per question. {@code texts} holds the free texts only for editors
 * (empty otherwise); {@code freeTexts} counts them for everyone.
 */
public record QuestionnaireResults(Questionnaire questionnaire, int responses, List<QuestionResult> questions) {

	/** @param label an option or a scale value */
	public record Count(String label, int count) {
	}

	/**
	 * @param answered responses that answered the question
	 * @param counts per option (choice questions) or per value from min to max (scales)
	 * @param mean the mean of a scale (null when nobody answered or not a scale)
	 */
	public record QuestionResult(Questionnaire.Question question, int answered, List<Count> counts, Double mean, int freeTexts,
			List<String> texts) {

		public QuestionResult {
			counts = List.copyOf(counts);
			texts = List.copyOf(texts);
		}

		/** Share of {@code count} in the answers to this question, in whole percent. */
		public int percent(int count) {
			return answered == 0 ? 0 : Math.round(100f * count / answered);
		}
	}
}
