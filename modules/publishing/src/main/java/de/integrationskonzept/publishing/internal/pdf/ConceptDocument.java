package de.integrationskonzept.publishing.internal.pdf;

import java.util.List;

import de.integrationskonzept.publishing.internal.pdf.PdfLanguage.Text;

/**
 * What the PDF template shows: the published edition with its texts chosen for one language,
 * numbers and dates formatted, goals numbered ({@code 2.1.1}) and flattened with their depth so
 * the template needs no recursion. Null or empty parts are left out of the PDF.
 */
record ConceptDocument(String lang, Text title, String tenantName, String period, Resolution resolution,
		String publishedOn, Text understanding, Text prerequisites, List<Text> guidelines, List<Field> fields,
		List<Measure> measures, String footer) {

	/** The council's resolution; each part may be missing in historical editions. {@code url}: the paper online. */
	record Resolution(String body, String number, String date, String result, String url) {

		public boolean isEmpty() {
			return body == null && number == null && date == null && result == null && url == null;
		}
	}

	record Field(String anchor, String number, Text name, Text description, Text baseline, List<KeyFigure> keyFigures,
			List<Goal> goals) {
	}

	record KeyFigure(Text label, String value, String year, String source) {
	}

	/** A goal ({@code depth} 0) or a sub-goal (Handlungsziel, depth 1 and more). */
	record Goal(String anchor, String number, int depth, Text title, Text description, List<Indicator> indicators) {
	}

	/** Baseline and target are formatted with their year, e.g. {@code 12,5 (2020)}. */
	record Indicator(Text name, Text definition, String unit, String baseline, String target, String direction,
			String dataSource) {
	}

	/** {@code status} is the enum name; the template turns it into words. */
	record Measure(String anchor, Text title, Text description, String responsible, String partners, String period,
			String status, String budget, String funding, List<GoalReference> goals) {
	}

	record GoalReference(String number, Text title) {
	}
}
