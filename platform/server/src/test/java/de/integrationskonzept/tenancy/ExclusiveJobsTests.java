package de.integrationskonzept.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import de.integrationskonzept.platform.persistence.ExclusiveJobs;

/**
 * Scheduled jobs on real PostgreSQL: while a job runs, the same job started elsewhere (another thread
 * standing in for another instance on the same database) is skipped; another job runs; afterwards the
 * job runs again — also after it failed.
 */
@SpringBootTest
class ExclusiveJobsTests {

	@Autowired ExclusiveJobs jobs;

	@Test
	void aJobRunsOnOneInstanceAtATime() throws Exception {
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> jobs.runExclusively("test.job", () -> {
			runs.incrementAndGet();
			running.countDown();
			await(release);
		}));
		assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

		assertThat(jobs.runExclusively("test.job", runs::incrementAndGet)).as("the same job elsewhere").isFalse();
		assertThat(jobs.runExclusively("test.other-job", () -> { })).as("another job").isTrue();
		release.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
		assertThat(runs).hasValue(1);

		assertThat(jobs.runExclusively("test.job", runs::incrementAndGet)).as("after the first run ended").isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void aFailedRunLetsGoOfTheLock() {
		try {
			jobs.runExclusively("test.failing-job", () -> {
				throw new IllegalStateException("boom");
			});
		}
		catch (IllegalStateException expected) {
			assertThat(expected).hasMessage("boom");
		}
		assertThat(jobs.runExclusively("test.failing-job", () -> { })).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
