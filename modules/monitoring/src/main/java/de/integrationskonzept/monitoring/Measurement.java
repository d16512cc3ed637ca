package de.integrationskonzept.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One measured value (IST) of an indicator for a period. {@code current} is false for values a
 * later correction superseded; they stay as history.
 */
public record Measurement(UUID id, UUID indicatorId, Period period, BigDecimal value, String source, LocalDate collectedOn, String note,
		boolean example, EntryChannel enteredVia, Instant enteredAt, boolean current) {

	/** How a value reached the platform. */
	public enum EntryChannel {
		FORM, IMPORT, API, DEMO
	}
}
