package de.integrationskonzept.platform.persistence.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.persistence.ExclusiveJobs;

/**
 * Delivers event publications again whose listener failed (an exception, the database away for a moment).
 * Spring Modulith marks them failed and by itself retries them only at the next start
 * ({@code republish-outstanding-events-on-restart}); until then, e.g., a published edition would have no public
 * snapshot. Runs on one instance at a time; listeners are idempotent, so a publication delivered twice takes effect
 * once. A publication that failed {@code ik.events.max-attempts} times is left alone and needs a person (the
 * listener's error is in the log; the publication stays in {@code event_publication} with status FAILED).
 */
@Component
@EnableScheduling
public class EventRedelivery {

	private final IncompleteEventPublications incompletePublications;
	private final ExclusiveJobs jobs;
	private final int maxAttempts;

	EventRedelivery(IncompleteEventPublications incompletePublications, ExclusiveJobs jobs,
			@Value("${ik.events.max-attempts:10}") int maxAttempts) {
		this.incompletePublications = incompletePublications;
		this.jobs = jobs;
		this.maxAttempts = maxAttempts;
	}

	@Scheduled(fixedDelayString = "${ik.events.redelivery-interval:PT1M}", initialDelayString = "${ik.events.redelivery-interval:PT1M}")
	void scheduled() {
		jobs.runExclusively("platform.event-redelivery", this::redeliverFailed);
	}

	/** Resubmits the failed publications that have not used up their attempts. */
	public void redeliverFailed() {
		incompletePublications.resubmitIncompletePublications(ResubmissionOptions.defaults()
			.withFilter(publication -> publication.getCompletionAttempts() < maxAttempts));
	}
}
