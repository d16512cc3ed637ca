package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.monitoring.MeasureImports;
import de.integrationskonzept.monitoring.MeasureImports.Outcome;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSV or XLSX upload of measures from the staff pages (status and percent of existing measures, new
 * measures for a draft): a preview of what each row would do, then a confirmation that posts the very same
 * text again and imports it all or nothing.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/monitoring/{editionId}/massnahmen/import")
class MeasureImportPages {

	private final MeasureImports imports;
	private final ConceptEditions editions;

	MeasureImportPages(MeasureImports imports, ConceptEditions editions) {
		this.imports = imports;
		this.editions = editions;
	}

	/** A row as the preview shows it. */
	record Row(int line, String measure, String status, String percent, String outcome, String reason, boolean rejected) {
	}

	@PostMapping("/vorschau")
	String preview(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @RequestParam(name = "datei", required = false) MultipartFile file,
			@RequestParam(required = false) String csv, Model model, HttpServletResponse response) throws IOException {
		// Checked first, so a member without the right sees the refusal rather than a complaint about the file.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		try {
			String content = MonitoringImportPages.uploadedText(file, csv);
			if (content.isBlank()) {
				return refused(tenantSlug, editionId, model, response, MonitoringImportPages.NOTHING_UPLOADED);
			}
			MeasureImports.Preview preview = imports.preview(editionId, content);
			show(tenantSlug, editionId, model, preview, content);
			if (!preview.acceptable()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return "monitoring/measure-import";
		}
		catch (MonitoringProblems.Invalid invalid) {
			return refused(tenantSlug, editionId, model, response, invalid.getMessage());
		}
	}

	@PostMapping
	String importCsv(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @RequestParam(defaultValue = "") String csv, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		try {
			MeasureImports.Preview done = imports.importCsv(editionId, csv);
			redirect.addFlashAttribute("message", "Import abgeschlossen: " + done.count(Outcome.NEU) + " neue Maßnahmen, "
					+ done.count(Outcome.GEAENDERT) + " geändert, " + done.count(Outcome.UNVERAENDERT) + " unverändert.");
			return "redirect:/" + tenantSlug + "/verwaltung/monitoring/" + editionId + "/massnahmen";
		}
		catch (MonitoringProblems.MeasureImportRejected rejected) {
			// The measures changed since the preview, or the text was altered: show why, store nothing.
			show(tenantSlug, editionId, model, rejected.preview(), csv);
			model.addAttribute("error", rejected.getMessage());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "monitoring/measure-import";
		}
		catch (MonitoringProblems.Invalid invalid) {
			return refused(tenantSlug, editionId, model, response, invalid.getMessage());
		}
	}

	@ExceptionHandler(EditionProblems.NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private void show(String tenantSlug, EditionId editionId, Model model, MeasureImports.Preview preview, String csv) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", editions.get(editionId));
		model.addAttribute("rows", preview.rows().stream().map(row -> new Row(row.line(), row.title() == null ? "–" : row.title(),
				row.status(), row.percent() == null ? "–" : row.percent() + " %", row.outcome().name(), row.reason(),
				row.outcome() == Outcome.ABGELEHNT)).toList());
		model.addAttribute("acceptable", preview.acceptable());
		model.addAttribute("rejected", preview.count(Outcome.ABGELEHNT));
		model.addAttribute("newCount", preview.count(Outcome.NEU));
		model.addAttribute("changed", preview.count(Outcome.GEAENDERT));
		model.addAttribute("unchanged", preview.count(Outcome.UNVERAENDERT));
		model.addAttribute("csv", csv);
	}

	private String refused(String tenantSlug, EditionId editionId, Model model, HttpServletResponse response, String message) {
		return MonitoringImportPages.refused(tenantSlug, editions.get(editionId), model, response, message, "monitoring/measure-import");
	}
}
