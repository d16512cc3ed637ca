package de.integrationskonzept.monitoring.internal.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.integrationskonzept.monitoring.BenchmarkComparison;
import de.integrationskonzept.monitoring.Benchmarks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Cross-city benchmarking: the tenant's opt-ins per catalogue indicator and its comparison with
 * other sharing tenants; catalogue coverage for platform admins. The service checks every role.
 */
@RestController
@Tag(name = "Benchmarking", description = "Freiwilliger Vergleich normierter Indikatorwerte zwischen Kommunen (Opt-in, Verteilungen, keine Ranglisten)")
class BenchmarkApi {

	private final Benchmarks benchmarks;

	BenchmarkApi(Benchmarks benchmarks) {
		this.benchmarks = benchmarks;
	}

	record OptInInput(boolean share, boolean named) {
	}

	@GetMapping("/api/{tenantSlug}/benchmark/opt-ins")
	@Operation(summary = "Freigaben der Kommune", description = "Für welche Katalogindikatoren die Kommune ihre Werte teilt und ob namentlich.")
	List<Benchmarks.OptIn> optIns(@PathVariable String tenantSlug) {
		return benchmarks.optIns();
	}

	@PutMapping("/api/{tenantSlug}/benchmark/opt-ins/{code}")
	@Operation(summary = "Freigabe setzen", description = "Teilen an (veröffentlicht die Jahreswerte normiert) oder aus (entfernt alle geteilten Werte). Nur Kommunen-Administration.")
	Benchmarks.OptIn setOptIn(@PathVariable String tenantSlug, @PathVariable String code, @RequestBody OptInInput input) {
		return benchmarks.setOptIn(code, input.share(), input.named());
	}

	@GetMapping("/api/{tenantSlug}/benchmark/comparisons/{code}")
	@Operation(summary = "Vergleich", description = "Eigener Wert gegenüber der Verteilung aller teilenden Kommunen und der Vergleichsgruppen (mindestens 5 Kommunen), im Jahr und über die Zeit.")
	BenchmarkComparison compare(@PathVariable String tenantSlug, @PathVariable String code, @RequestParam int year) {
		return benchmarks.compare(code, year);
	}

	@GetMapping("/api/admin/benchmark/coverage")
	@Operation(summary = "Abdeckung des Katalogs", description = "Plattform-Administration: je Katalogcode und Jahr die Zahl der teilenden Kommunen.")
	List<Benchmarks.Coverage> coverage() {
		return benchmarks.coverage();
	}
}
