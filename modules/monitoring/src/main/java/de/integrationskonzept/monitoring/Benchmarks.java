package de.integrationskonzept.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * Cross-city benchmarking on the shared indicator catalogue. A tenant shares the yearly values of
 * a catalogue indicator only after opting in ({@link #setOptIn}); shared values are normalised by
 * the catalogue's rule and compared as positions in a distribution, never as a ranked list of
 * named cities. No statistic is given for a group of fewer than {@link #MINIMUM_GROUP} tenants.
 * Reading needs {@code CONTRIBUTOR} or scope {@code monitoring.read}; changing an opt-in needs
 * {@code TENANT_ADMIN}; {@link #coverage()} is for platform admins.
 */
public interface Benchmarks {

	/** The smallest group for which any statistic is shown. */
	int MINIMUM_GROUP = 5;

	/** What is answered instead of a statistic for a smaller group. */
	String TOO_FEW = "zu wenige Kommunen für einen Vergleich";

	/** The current tenant's opt-ins, by code. */
	List<OptIn> optIns();

	/**
	 * Opts the current tenant in or out of sharing a catalogue indicator. Opting in publishes the
	 * current yearly values at once; opting out removes every value the tenant shared for it.
	 * {@code named} lets others see the tenant's name beside its value (only when sharing).
	 */
	OptIn setOptIn(String code, boolean share, boolean named);

	/** The current tenant's value against all sharing tenants and its peer groups, for a year and over time. */
	BenchmarkComparison compare(String code, int year);

	/** Platform admins: per catalogue code and year, how many tenants share values. */
	List<Coverage> coverage();

	/** @param published how many yearly values the tenant currently shares for the code */
	record OptIn(String code, boolean share, boolean named, Instant changedAt, int published) {
	}

	record Coverage(String code, int year, int tenants) {
	}
}
