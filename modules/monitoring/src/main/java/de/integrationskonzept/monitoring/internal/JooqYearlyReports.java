package de.integrationskonzept.monitoring.internal;

import static de.integrationskonzept.monitoring.internal.db.Tables.YEARLY_REPORT;
import static de.integrationskonzept.monitoring.internal.db.Tables.YEARLY_REPORT_COMMENT;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.YearlyReport;
import de.integrationskonzept.monitoring.YearlyReportReleased;
import de.integrationskonzept.monitoring.YearlyReports;
import de.integrationskonzept.monitoring.internal.db.tables.records.YearlyReportRecord;
import de.integrationskonzept.monitoring.internal.web.ReportDocuments;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * Yearly reports: drafts rendered from live data, commentary, freezing (HTML and PDF stored once; the database refuses
 * any later change, see changeset 007) and release. Writers of one report are serialised by a row lock.
 */
@Service
@Transactional
class JooqYearlyReports implements YearlyReports {

	private final DSLContext dsl;
	private final ReportGeneration generation;
	private final ReportDocuments documents;
	private final IndicatorStructure structure;
	private final CurrentAccount currentAccount;
	private final ApplicationEventPublisher events;

	JooqYearlyReports(DSLContext dsl, ReportGeneration generation, ReportDocuments documents, IndicatorStructure structure,
			CurrentAccount currentAccount, ApplicationEventPublisher events) {
		this.dsl = dsl;
		this.generation = generation;
		this.documents = documents;
		this.structure = structure;
		this.currentAccount = currentAccount;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<YearlyReport> list(EditionId edition) {
		JooqMeasurements.requireReader();
		structure.title(edition); // the edition exists (404 otherwise)
		return dsl.selectFrom(YEARLY_REPORT).where(YEARLY_REPORT.EDITION_ID.eq(edition.value())).orderBy(YEARLY_REPORT.YEAR.desc()).fetch()
			.stream().map(this::toReport).toList();
	}

	@Override
	public YearlyReport create(EditionId edition, int year) {
		JooqMeasurements.requireWriter();
		if (year < 1990 || year > 2100) {
			throw new MonitoringProblems.Invalid(Map.of("year", "Das Berichtsjahr muss zwischen 1990 und 2100 liegen."));
		}
		structure.measures(edition); // the edition exists (404 otherwise)
		int inserted = dsl.insertInto(YEARLY_REPORT).set(YEARLY_REPORT.TENANT_ID, TenantContext.require().value())
			.set(YEARLY_REPORT.ID, UUID.randomUUID()).set(YEARLY_REPORT.EDITION_ID, edition.value()).set(YEARLY_REPORT.YEAR, year)
			.set(YEARLY_REPORT.CREATED_BY, currentAccount.id().orElse(null)).onConflictDoNothing().execute();
		if (inserted == 0) {
			throw new MonitoringProblems.ReportConflict("Für " + year + " gibt es bereits einen Bericht zu diesem Integrationskonzept"
					+ " (ein eingefrorener Bericht bleibt, wie er ist; ein neuer Entwurf ist nicht möglich).");
		}
		return toReport(require(edition, year, false));
	}

	@Override
	@Transactional(readOnly = true)
	public YearlyReport get(EditionId edition, int year) {
		JooqMeasurements.requireReader();
		return toReport(require(edition, year, false));
	}

	@Override
	@Transactional(readOnly = true)
	public String html(EditionId edition, int year) {
		JooqMeasurements.requireReader();
		YearlyReportRecord row = require(edition, year, false);
		return row.getFrozenHtml() != null ? row.getFrozenHtml() : documents.html(generation.generate(edition, year, comments(row.getId()), false));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(EditionId edition, int year) {
		JooqMeasurements.requireReader();
		YearlyReportRecord row = require(edition, year, false);
		if (row.getFrozenPdf() != null) {
			return row.getFrozenPdf();
		}
		ReportData data = generation.generate(edition, year, comments(row.getId()), false);
		return documents.pdf(data);
	}

	@Override
	public YearlyReport comment(EditionId edition, int year, String section, String text) {
		JooqMeasurements.requireWriter();
		YearlyReportRecord row = requireDraft(edition, year);
		String value = text == null ? "" : text.strip().replace("\r\n", "\n");
		if (!SUMMARY.equals(section) && !isField(edition, section)) {
			throw new MonitoringProblems.Invalid(Map.of("section", "Diesen Abschnitt gibt es im Bericht nicht."));
		}
		if (value.length() > MAX_COMMENT) {
			throw new MonitoringProblems.Invalid(Map.of("text", "Der Kommentar darf höchstens " + MAX_COMMENT + " Zeichen lang sein (jetzt "
					+ value.length() + ")."));
		}
		dsl.insertInto(YEARLY_REPORT_COMMENT).set(YEARLY_REPORT_COMMENT.TENANT_ID, row.getTenantId())
			.set(YEARLY_REPORT_COMMENT.REPORT_ID, row.getId()).set(YEARLY_REPORT_COMMENT.SECTION, section).set(YEARLY_REPORT_COMMENT.TEXT, value)
			.set(YEARLY_REPORT_COMMENT.CHANGED_BY, currentAccount.id().orElse(null))
			.onConflict(YEARLY_REPORT_COMMENT.TENANT_ID, YEARLY_REPORT_COMMENT.REPORT_ID, YEARLY_REPORT_COMMENT.SECTION).doUpdate()
			.set(YEARLY_REPORT_COMMENT.TEXT, value).set(YEARLY_REPORT_COMMENT.CHANGED_BY, currentAccount.id().orElse(null))
			.set(YEARLY_REPORT_COMMENT.CHANGED_AT, OffsetDateTime.now()).execute();
		return toReport(row);
	}

	@Override
	public YearlyReport freeze(EditionId edition, int year) {
		JooqMeasurements.requireWriter();
		YearlyReportRecord row = requireDraft(edition, year);
		ReportData data = generation.generate(edition, year, comments(row.getId()), true);
		String html = documents.html(data);
		byte[] pdf = documents.pdf(data);
		dsl.update(YEARLY_REPORT).set(YEARLY_REPORT.FROZEN_AT, OffsetDateTime.ofInstant(data.asOf(), ReportGeneration.BERLIN))
			.set(YEARLY_REPORT.FROZEN_BY, currentAccount.id().orElse(null)).set(YEARLY_REPORT.FROZEN_HTML, html).set(YEARLY_REPORT.FROZEN_PDF, pdf)
			.where(YEARLY_REPORT.ID.eq(row.getId())).execute();
		return toReport(require(edition, year, false));
	}

	@Override
	public YearlyReport release(EditionId edition, int year) {
		JooqMeasurements.requireWriter();
		YearlyReportRecord row = require(edition, year, true);
		if (row.getFrozenAt() == null) {
			throw new MonitoringProblems.ReportConflict("Nur ein eingefrorener Bericht kann veröffentlicht werden.");
		}
		if (row.getReleasedAt() != null) {
			throw new MonitoringProblems.ReportConflict("Der Bericht " + year + " ist bereits veröffentlicht.");
		}
		dsl.update(YEARLY_REPORT).set(YEARLY_REPORT.RELEASED_AT, OffsetDateTime.now())
			.set(YEARLY_REPORT.RELEASED_BY, currentAccount.id().orElse(null)).where(YEARLY_REPORT.ID.eq(row.getId())).execute();
		events.publishEvent(new YearlyReportReleased(TenantContext.require(), row.getId(), edition));
		return toReport(require(edition, year, false));
	}

	@Override
	public YearlyReport createFrozen(EditionId edition, int year, Map<String, String> comments) {
		create(edition, year);
		comments.forEach((section, text) -> comment(edition, year, section, text));
		return freeze(edition, year);
	}

	@Override
	@Transactional(readOnly = true)
	public List<YearlyReport.Released> released() {
		return dsl.selectFrom(YEARLY_REPORT).where(YEARLY_REPORT.RELEASED_AT.isNotNull())
			.orderBy(YEARLY_REPORT.YEAR.desc(), YEARLY_REPORT.RELEASED_AT.desc()).fetch().stream().map(row -> toReleased(row, null)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<YearlyReport.Released> released(int year) {
		return latestReleased(year).map(row -> toReleased(row, row.getFrozenHtml()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> releasedPdf(int year) {
		return latestReleased(year).map(YearlyReportRecord::getFrozenPdf);
	}

	private Optional<YearlyReportRecord> latestReleased(int year) {
		return dsl.selectFrom(YEARLY_REPORT).where(YEARLY_REPORT.RELEASED_AT.isNotNull(), YEARLY_REPORT.YEAR.eq(year))
			.orderBy(YEARLY_REPORT.RELEASED_AT.desc()).limit(1).fetchOptional();
	}

	private YearlyReport.Released toReleased(YearlyReportRecord row, String html) {
		return new YearlyReport.Released(row.getId(), new EditionId(row.getEditionId()), structure.title(new EditionId(row.getEditionId())),
				row.getYear(), row.getFrozenAt().toInstant(), row.getReleasedAt().toInstant(), html);
	}

	private boolean isField(EditionId edition, String section) {
		return section != null && structure.measures(edition).fields().keySet().stream().anyMatch(id -> id.toString().equals(section));
	}

	private YearlyReportRecord requireDraft(EditionId edition, int year) {
		YearlyReportRecord row = require(edition, year, true);
		if (row.getFrozenAt() != null) {
			throw new MonitoringProblems.ReportConflict("Der Bericht " + year + " ist eingefroren und kann nicht mehr geändert werden.");
		}
		return row;
	}

	private YearlyReportRecord require(EditionId edition, int year, boolean forUpdate) {
		var query = dsl.selectFrom(YEARLY_REPORT).where(YEARLY_REPORT.EDITION_ID.eq(edition.value()), YEARLY_REPORT.YEAR.eq(year));
		return (forUpdate ? query.forUpdate().fetchOptional() : query.fetchOptional())
			.orElseThrow(() -> new MonitoringProblems.ReportNotFound(year));
	}

	private Map<String, String> comments(UUID reportId) {
		Map<String, String> comments = new LinkedHashMap<>();
		dsl.selectFrom(YEARLY_REPORT_COMMENT).where(YEARLY_REPORT_COMMENT.REPORT_ID.eq(reportId), YEARLY_REPORT_COMMENT.TEXT.ne("")).fetch()
			.forEach(row -> comments.put(row.getSection(), row.getText()));
		return comments;
	}

	private YearlyReport toReport(YearlyReportRecord row) {
		YearlyReport.State state = row.getReleasedAt() != null ? YearlyReport.State.VEROEFFENTLICHT
				: row.getFrozenAt() != null ? YearlyReport.State.EINGEFROREN : YearlyReport.State.ENTWURF;
		return new YearlyReport(row.getId(), new EditionId(row.getEditionId()), row.getYear(), state, row.getCreatedAt().toInstant(),
				row.getFrozenAt() == null ? null : row.getFrozenAt().toInstant(), row.getFrozenBy(),
				row.getReleasedAt() == null ? null : row.getReleasedAt().toInstant(), row.getReleasedBy(), comments(row.getId()));
	}
}
