package de.integrationskonzept.publishing.internal.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import de.integrationskonzept.monitoring.YearlyReport;
import de.integrationskonzept.monitoring.YearlyReports;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;
import de.integrationskonzept.publishing.internal.site.SiteModel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The yearly reports (Sachstandsberichte) the tenant released from monitoring: the list, one report as frozen (its
 * German HTML inside the bilingual site frame) and its frozen PDF. Unreleased reports are nowhere (404). The pages look
 * the same for every anonymous visitor, so the public page cache keeps them; a release drops the tenant's pages.
 */
@Controller
@RequestMapping("/{tenantSlug}/berichte")
class PublicReportPages {

	private final YearlyReports reports;
	private final SiteModel site;

	PublicReportPages(YearlyReports reports, SiteModel site) {
		this.reports = reports;
		this.site = site;
	}

	@GetMapping
	String list(@PathVariable String tenantSlug, Model model, HttpServletRequest request, HttpServletResponse response) {
		requireTenant(tenantSlug);
		PublicPageCache.markCacheable(request, response);
		site.addTo(model);
		model.addAttribute("reports", reports.released());
		return "publishing/reports/list";
	}

	@GetMapping("/{year}")
	String report(@PathVariable String tenantSlug, @PathVariable int year, Model model, HttpServletRequest request, HttpServletResponse response) {
		requireTenant(tenantSlug);
		YearlyReport.Released report = reports.released(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("report", report);
		model.addAttribute("frozenOn", DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.of("Europe/Berlin")).format(report.frozenAt()));
		site.addTo(model);
		PublicPageCache.markCacheable(request, response);
		return "publishing/reports/report";
	}

	@GetMapping("/{year}/bericht.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String tenantSlug, @PathVariable int year, HttpServletRequest request, HttpServletResponse response) {
		requireTenant(tenantSlug);
		byte[] pdf = reports.releasedPdf(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PublicPageCache.markCacheable(request, response);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename("sachstandsbericht-" + tenantSlug + "-" + year + ".pdf").build().toString()).body(pdf);
	}

	private static void requireTenant(String tenantSlug) {
		if (TenantContext.current().isEmpty()) {
			throw new UnknownTenantException(tenantSlug);
		}
	}
}
