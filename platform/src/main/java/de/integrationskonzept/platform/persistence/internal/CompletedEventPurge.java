package de.integrationskonzept.platform.persistence.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.persistence.ExclusiveJobs;

/**
 * Deletes completed event publications once they are older than {@code ik.events.keep-completed}
 * (a week by default: long enough to look into a delivery, e.g. after the event-kill drill).
 * Spring Modulith keeps completed publications for ever otherwise, so {@code event_publication}
 * would grow with every save. Failed and outstanding publications are never deleted here.
 */
@Component
public class CompletedEventPurge {

	private final CompletedEventPublications completedPublications;
	private final ExclusiveJobs jobs;
	private final Duration keep;

	CompletedEventPurge(CompletedEventPublications completedPublications, ExclusiveJobs jobs,
			@Value("${ik.events.keep-completed:P7D}") Duration keep) {
		this.completedPublications = completedPublications;
		this.jobs = jobs;
		this.keep = keep;
	}

	@Scheduled(cron = "${ik.events.purge-cron:0 17 3 * * *}")
	void scheduled() {
		jobs.runExclusively("platform.completed-event-purge", this::purgeCompleted);
	}

	/** Deletes the publications completed longer than the kept duration ago. */
	public void purgeCompleted() {
		completedPublications.deletePublicationsOlderThan(keep);
	}
}
