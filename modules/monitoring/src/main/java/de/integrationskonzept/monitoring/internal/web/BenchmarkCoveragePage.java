package de.integrationskonzept.monitoring.internal.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.monitoring.Benchmarks;

/**
 * The platform admins' view of the catalogue's coverage, {@code /admin/benchmarking}: per catalogue
 * indicator and year how many tenants share values (URL rule and {@link Benchmarks#coverage()} both
 * require PLATFORM_ADMIN). Counts only, never which tenants.
 */
@Controller
class BenchmarkCoveragePage {

	private final Benchmarks benchmarks;
	private final IndicatorCatalogue catalogue;

	BenchmarkCoveragePage(Benchmarks benchmarks, IndicatorCatalogue catalogue) {
		this.benchmarks = benchmarks;
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/benchmarking")
	String coverage(Model model) {
		List<Benchmarks.Coverage> coverage = benchmarks.coverage();
		List<Integer> years = BenchmarkViews.coverageYears(coverage);
		model.addAttribute("years", years);
		model.addAttribute("rows", BenchmarkViews.coverage(catalogue.list(), coverage, years));
		model.addAttribute("minimum", Benchmarks.MINIMUM_GROUP);
		return "monitoring/benchmark-coverage";
	}
}
