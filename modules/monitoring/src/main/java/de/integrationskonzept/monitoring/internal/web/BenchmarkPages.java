package de.integrationskonzept.monitoring.internal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.concepts.CatalogueIndicator;
import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.concepts.TemplateProblems;
import de.integrationskonzept.monitoring.BenchmarkComparison;
import de.integrationskonzept.monitoring.Benchmarks;
import de.integrationskonzept.monitoring.MonitoringProblems;
import de.integrationskonzept.monitoring.internal.web.BenchmarkViews.Sharing;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff pages of cross-city benchmarking: the catalogue indicators with the tenant's opt-in
 * (changed by the tenant's administration only; members read), and per indicator the own value
 * against the distribution of all sharing tenants and the peer groups, in a year and over time.
 * The {@link Benchmarks} façade checks every role and is the only way to other tenants' values.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/benchmarking")
class BenchmarkPages {

	private final Benchmarks benchmarks;
	private final IndicatorCatalogue catalogue;

	BenchmarkPages(Benchmarks benchmarks, IndicatorCatalogue catalogue) {
		this.benchmarks = benchmarks;
		this.catalogue = catalogue;
	}

	@GetMapping
	String optIns(@PathVariable String tenantSlug, Model model) {
		Map<String, Benchmarks.OptIn> optIns = benchmarks.optIns().stream().collect(Collectors.toMap(Benchmarks.OptIn::code, Function.identity()));
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("rows", BenchmarkViews.optIns(catalogue.list(), optIns));
		model.addAttribute("choices", List.of(Sharing.values()).stream().map(sharing -> Map.of("value", sharing.value(), "label", sharing.label()))
			.toList());
		model.addAttribute("canChange", AccessControl.hasTenantRole(TenantRole.TENANT_ADMIN));
		return "monitoring/benchmark-opt-ins";
	}

	@PostMapping("/{code}/freigabe")
	String change(@PathVariable String tenantSlug, @PathVariable String code, @RequestParam(name = "freigabe", required = false) String choice,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// Checked first, so a member without the right sees the refusal rather than a form error.
		AccessControl.requireTenantRole(TenantRole.TENANT_ADMIN);
		String name = catalogue.get(code).name().german();
		Sharing sharing = Sharing.parse(choice);
		String problem;
		if (sharing == null) {
			problem = "Bitte wählen Sie, ob Ihre Kommune die Werte nicht, anonym oder namentlich teilt.";
		}
		else {
			try {
				Benchmarks.OptIn saved = benchmarks.setOptIn(code, sharing.share, sharing.named);
				redirect.addFlashAttribute("message", confirmation(name, sharing, saved.published()));
				return "redirect:/" + tenantSlug + "/verwaltung/benchmarking#freigabe-" + code;
			}
			catch (MonitoringProblems.Invalid invalid) {
				problem = String.join(" ", invalid.fieldErrors().values());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("errorCode", code);
		model.addAttribute("errorChoice", sharing == null ? null : sharing.value());
		model.addAttribute("error", problem);
		return optIns(tenantSlug, model);
	}

	private static String confirmation(String name, Sharing sharing, int published) {
		return switch (sharing) {
			case KEINE -> "Ihre Kommune teilt „" + name + "“ nicht mehr; alle bisher geteilten Werte sind aus dem Vergleich entfernt.";
			case ANONYM -> "Ihre Kommune teilt „" + name + "“ jetzt anonym (ohne Namen); " + published + " Jahreswerte sind im Vergleich.";
			case NAMENTLICH -> "Ihre Kommune teilt „" + name + "“ jetzt namentlich; " + published + " Jahreswerte sind im Vergleich.";
		};
	}

	@GetMapping("/{code}")
	String comparison(@PathVariable String tenantSlug, @PathVariable String code, @RequestParam(name = "jahr", required = false) Integer year,
			Model model) {
		BenchmarkComparison comparison = benchmarks.compare(code, year == null ? LocalDate.now().getYear() - 1 : year);
		if (year == null && BenchmarkViews.defaultYear(comparison, comparison.year()) != comparison.year()) {
			comparison = benchmarks.compare(code, BenchmarkViews.defaultYear(comparison, comparison.year()));
		}
		CatalogueIndicator indicator = catalogue.get(code);
		String unit = comparison.normalisation() == null ? indicator.unit() : comparison.normalisation();
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("indicator", indicator);
		model.addAttribute("comparison", comparison);
		model.addAttribute("unit", unit);
		model.addAttribute("direction", MonitoringViews.direction(indicator.direction() == null ? null : indicator.direction().name()));
		model.addAttribute("normalisation", BenchmarkViews.normalisation(indicator.normalisation()));
		model.addAttribute("ownValue", comparison.ownValue() == null ? null : GermanNumbers.format(comparison.ownValue()));
		model.addAttribute("groups", BenchmarkViews.groups(comparison, unit));
		model.addAttribute("years", BenchmarkViews.years(comparison));
		model.addAttribute("series", BenchmarkViews.series(comparison));
		model.addAttribute("seriesChart", BenchmarkViews.seriesChart(comparison, indicator.name().german(), unit));
		model.addAttribute("minimum", Benchmarks.MINIMUM_GROUP);
		return "monitoring/benchmark-comparison";
	}

	@ExceptionHandler(TemplateProblems.IndicatorNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
