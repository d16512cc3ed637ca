package de.integrationskonzept.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import de.integrationskonzept.participation.ParticipationProcess;

class HistoricalRecordsTests {

	private static final LocalDate DEADLINE = LocalDate.of(2020, 8, 31);

	@Test
	void insideTheRecordingTodayIsTheRecordedDayAndNowItsFirstMoment() {
		HistoricalRecords.runAsOf(DEADLINE, () -> {
			assertThat(ParticipationProcess.today()).isEqualTo(DEADLINE);
			assertThat(HistoricalRecords.isRecording()).isTrue();
			assertThat(ZonedDateTime.ofInstant(HistoricalRecords.now(), ParticipationProcess.ZONE))
				.isEqualTo(DEADLINE.atStartOfDay(ParticipationProcess.ZONE));
		});
	}

	@Test
	void theRecordedDayIsResetAfterwardsEvenWhenTheWorkFails() {
		assertThatThrownBy(() -> HistoricalRecords.runAsOf(DEADLINE, () -> {
			throw new IllegalArgumentException("refused");
		})).hasMessage("refused");

		assertThat(HistoricalRecords.isRecording()).isFalse();
		assertThat(ParticipationProcess.today()).isEqualTo(LocalDate.now(ParticipationProcess.ZONE));
	}

	@Test
	void recordingsDoNotNest() {
		assertThatThrownBy(() -> HistoricalRecords.runAsOf(DEADLINE, () -> HistoricalRecords.runAsOf(DEADLINE.plusDays(1), () -> {
		}))).isInstanceOf(IllegalStateException.class);
		assertThat(HistoricalRecords.isRecording()).isFalse();
	}

	@Test
	void theDayIsBoundToTheRecordingThreadOnly() throws InterruptedException {
		LocalDate[] seenElsewhere = new LocalDate[1];
		HistoricalRecords.runAsOf(DEADLINE, () -> {
			Thread other = Thread.ofVirtual().start(() -> seenElsewhere[0] = ParticipationProcess.today());
			try {
				other.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		assertThat(seenElsewhere[0]).isEqualTo(LocalDate.now(ParticipationProcess.ZONE));
	}
}
