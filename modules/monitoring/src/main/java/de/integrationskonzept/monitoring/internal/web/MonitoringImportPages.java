package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
import de.integrationskonzept.monitoring.MeasurementImports;
import de.integrationskonzept.monitoring.MeasurementImports.Outcome;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.internal.XlsxTable;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSV or XLSX upload of IST values from the staff pages: a preview of what each row would do, then a
 * confirmation that posts the very same text again and imports it all or nothing.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/monitoring/{editionId}/import")
class MonitoringImportPages {

	static final String NOTHING_UPLOADED = "Bitte wählen Sie eine CSV-Datei (oder XLSX-Datei) oder fügen Sie den Inhalt in das Textfeld ein.";

	private final MeasurementImports imports;
	private final ConceptEditions editions;

	MonitoringImportPages(MeasurementImports imports, ConceptEditions editions) {
		this.imports = imports;
		this.editions = editions;
	}

	@PostMapping("/vorschau")
	String preview(@PathVariable String tenantSlug, @PathVariable EditionId editionId, @RequestParam(name = "datei", required = false) MultipartFile file,
			@RequestParam(required = false) String csv, Model model, HttpServletResponse response) throws IOException {
		// Checked first, so a member without the right sees the refusal rather than a complaint about the file.
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		try {
			String content = uploadedText(file, csv);
			if (content.isBlank()) {
				return refused(tenantSlug, editionId, model, response, NOTHING_UPLOADED);
			}
			MeasurementImports.Preview preview = imports.preview(editionId, content);
			show(tenantSlug, editionId, model, preview, content);
			if (!preview.acceptable()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			return "monitoring/import";
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
			MeasurementImports.Preview done = imports.importCsv(editionId, csv);
			redirect.addFlashAttribute("message", "Import abgeschlossen: " + done.count(Outcome.NEU) + " neue Werte, " + done.count(Outcome.KORREKTUR)
					+ " Korrekturen, " + done.count(Outcome.UNVERAENDERT) + " unverändert.");
			return "redirect:/" + tenantSlug + "/verwaltung/monitoring/" + editionId;
		}
		catch (MonitoringProblems.ImportRejected rejected) {
			// The stored values changed since the preview, or the text was altered: show why, store nothing.
			show(tenantSlug, editionId, model, rejected.preview(), csv);
			model.addAttribute("error", rejected.getMessage());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "monitoring/import";
		}
		catch (MonitoringProblems.Invalid invalid) {
			return refused(tenantSlug, editionId, model, response, invalid.getMessage());
		}
	}

	@ExceptionHandler(EditionProblems.NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	private void show(String tenantSlug, EditionId editionId, Model model, MeasurementImports.Preview preview, String csv) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", editions.get(editionId));
		model.addAttribute("rows", MonitoringViews.preview(preview));
		model.addAttribute("acceptable", preview.acceptable());
		model.addAttribute("rejected", preview.rejectedCount());
		model.addAttribute("newCount", preview.count(Outcome.NEU));
		model.addAttribute("corrections", preview.count(Outcome.KORREKTUR));
		model.addAttribute("unchanged", preview.count(Outcome.UNVERAENDERT));
		model.addAttribute("csv", csv);
	}

	private String refused(String tenantSlug, EditionId editionId, Model model, HttpServletResponse response, String message) {
		return refused(tenantSlug, editions.get(editionId), model, response, message, "monitoring/import");
	}

	/** An upload refused as a whole (empty, unreadable, wrong header): the page says why; nothing was stored. */
	static String refused(String tenantSlug, Object edition, Model model, HttpServletResponse response, String message, String template) {
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("edition", edition);
		model.addAttribute("error", message);
		model.addAttribute("rows", java.util.List.of());
		model.addAttribute("acceptable", false);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return template;
	}

	/**
	 * The text of an upload: the file (an XLSX file becomes the same text as its CSV export, so the confirmation
	 * posts that text again), else the pasted text.
	 * @throws MonitoringProblems.Invalid if an XLSX file cannot be read
	 */
	static String uploadedText(MultipartFile file, String pasted) throws IOException {
		if (file == null || file.isEmpty()) {
			return pasted == null ? "" : pasted;
		}
		return XlsxTable.isXlsx(file.getOriginalFilename(), file.getContentType()) ? XlsxTable.toCsv(file.getBytes()) : decode(file.getBytes());
	}

	/** UTF-8 as files should be; a spreadsheet's Windows-1252 export is read as such instead of turning umlauts into garbage. */
	static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}
}
