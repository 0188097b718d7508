package org.oursociety.core.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    @ParameterizedTest
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "5, 480", "6, 960", "7, 1920", "8, 3600", "9, 3600", "50, 3600"})
    void doublesFromThirtySecondsUpToAnHour(int failedAttempts, long seconds) {
        assertThat(Backoff.STANDARD.delayAfter(failedAttempts)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void keepsRetryingHourlyHoweverOftenAMailFailed() {
        assertThat(Backoff.STANDARD.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void neverWaitsLessAfterMoreFailures() {
        Duration previous = Duration.ZERO;
        for (int attempts = 1; attempts < 200; attempts++) {
            Duration delay = Backoff.STANDARD.delayAfter(attempts);
            assertThat(delay).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(Duration.ofHours(1));
            previous = delay;
        }
    }

    @Test
    void aCapBelowADoublingIsStillTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(25));

        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> Backoff.STANDARD.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
