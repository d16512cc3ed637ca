package de.integrationskonzept.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.integrationskonzept.concepts.EditionId;

/**
 * The yearly report (Sachstandsbericht) of a concept edition for the council committee. A draft is generated from the
 * live data every time it is shown; staff add commentary per section (the summary and each Handlungsfeld) while it is a
 * draft. Freezing renders it once and stores HTML and PDF; from then on it is immutable (also in the database). A frozen
 * report may be released for the public site. One report per edition and year.
 * <p>
 * Reading needs {@code CONTRIBUTOR} or {@code monitoring.read}; creating, commentary, freezing and releasing need
 * {@code EDITOR} or {@code monitoring.write} (releasing is what publishing a concept edition needs). Released reports
 * are read by anyone ({@link #released()}).
 */
public interface YearlyReports {

	/** The commentary section of the summary; the other sections are the ids of the edition's Handlungsfelder. */
	String SUMMARY = "summary";
	/** The longest commentary per section, in characters. */
	int MAX_COMMENT = 4000;

	/** The edition's reports, newest year first. */
	List<YearlyReport> list(EditionId edition);

	/** Starts the draft for a year. @throws MonitoringProblems.ReportConflict if the edition has a report for the year */
	YearlyReport create(EditionId edition, int year);

	/** @throws MonitoringProblems.ReportNotFound if there is none */
	YearlyReport get(EditionId edition, int year);

	/** The report as HTML (a fragment to put into a page): a draft rendered from the current data, a frozen one as stored. */
	String html(EditionId edition, int year);

	/** The report as PDF: a draft rendered now, a frozen one as stored. */
	byte[] pdf(EditionId edition, int year);

	/**
	 * Sets the commentary of a section (plain text, at most {@link #MAX_COMMENT} characters; empty removes it).
	 * @throws MonitoringProblems.ReportConflict if the report is frozen
	 */
	YearlyReport comment(EditionId edition, int year, String section, String text);

	/** Renders the report once and stores HTML and PDF with who and when. @throws MonitoringProblems.ReportConflict if frozen already */
	YearlyReport freeze(EditionId edition, int year);

	/** Shows a frozen report on the public site. @throws MonitoringProblems.ReportConflict if it is a draft or released already */
	YearlyReport release(EditionId edition, int year);

	/**
	 * Creates the report for a year with the given commentary (section → text) and freezes it in one go, e.g. for a demo
	 * loader running as an editor of the tenant. Refused like {@link #create} if the edition has a report for the year.
	 */
	YearlyReport createFrozen(EditionId edition, int year, Map<String, String> comments);

	/** The current tenant's released reports, newest year first; for everyone, also anonymous visitors. */
	List<YearlyReport.Released> released();

	/** The released report of a year (the latest released if two editions have one), with its frozen HTML. */
	Optional<YearlyReport.Released> released(int year);

	/** The frozen PDF of the released report of a year. */
	Optional<byte[]> releasedPdf(int year);
}
