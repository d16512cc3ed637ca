package de.integrationskonzept.platform.tenancy;

import java.time.LocalDate;

/**
 * Number of inhabitants at a reference date, with the statistic it comes from.
 */
public record Population(int count, LocalDate asOf, String source) {

	public Population {
		if (count < 0) {
			throw new IllegalArgumentException("population must not be negative");
		}
		if (asOf == null) {
			throw new IllegalArgumentException("population needs its reference date");
		}
	}
}
