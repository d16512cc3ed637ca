package de.integrationskonzept.participation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

import de.integrationskonzept.participation.ParticipationProcess;

/**
 * The one way to record participation that happened in the past — importing a municipality's
 * earlier Beteiligung, or the demo tenants' 2020 and 2023 processes ({@link DemoParticipation}) —
 * through the ordinary services and all their rules. Inside {@link #callAsOf} the services see the
 * given day as "today" (phase decisions, questionnaire periods, consent day) and its first moment
 * as "now" (workshop beginnings); everything else, including timestamps of rows, stays real. Mails
 * about recorded events (decisions on ideas, workshop registrations) are not sent: they happened
 * long ago, and nobody is to be told about them today.
 * The day is bound to the calling thread and always reset afterwards; calls do not nest.
 */
public final class HistoricalRecords {

	private static final ThreadLocal<LocalDate> AS_OF = new ThreadLocal<>();

	private HistoricalRecords() {
	}

	/** Runs {@code work} as if today were {@code day} (Europe/Berlin). */
	public static <T> T callAsOf(LocalDate day, Supplier<T> work) {
		Objects.requireNonNull(day, "day");
		if (AS_OF.get() != null) {
			throw new IllegalStateException("already recording as of " + AS_OF.get());
		}
		AS_OF.set(day);
		try {
			return work.get();
		}
		finally {
			AS_OF.remove();
		}
	}

	/** Runs {@code work} as if today were {@code day}. */
	public static void runAsOf(LocalDate day, Runnable work) {
		callAsOf(day, () -> {
			work.run();
			return null;
		});
	}

	/** Whether past participation is being recorded on this thread (then nobody is notified). */
	public static boolean isRecording() {
		return AS_OF.get() != null;
	}

	/** The day the services decide by: the recorded day inside {@link #callAsOf}, otherwise today in Europe/Berlin. */
	public static LocalDate today() {
		LocalDate day = AS_OF.get();
		return day != null ? day : LocalDate.now(ParticipationProcess.ZONE);
	}

	/** The moment the services decide by: the first moment of the recorded day inside {@link #callAsOf}, otherwise now. */
	public static Instant now() {
		LocalDate day = AS_OF.get();
		return day != null ? day.atStartOfDay(ParticipationProcess.ZONE).toInstant() : Instant.now();
	}
}
