package de.integrationskonzept.participation.internal.web;

import java.text.NumberFormat;
import java.util.Locale;

import de.integrationskonzept.participation.QuestionnaireResults.QuestionResult;

/** Helpers for the results templates: the bar chart of a question and German number formatting. */
public class Charts {

	public BarChart of(QuestionResult result) {
		return BarChart.of(result);
	}

	/** A mean with one decimal, German style (3,4). */
	public String mean(Double mean) {
		if (mean == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(mean);
	}
}
