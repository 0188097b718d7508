package org.oursociety.portal.api.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.testing.MutableClock;

class RefreshedTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(2);

    private final MutableClock clock = MutableClock.atNow();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();

    private Integer read() throws SQLException {
        if (down.get()) {
            throw new SQLException("database down");
        }
        return reads.incrementAndGet();
    }

    @Test
    void aValueIsReadOnceAndAgainOnlyWhenOlderThanItsMaxAge() {
        Refreshed<Integer> value = Refreshed.keepingLast("a number", this::read, clock, MAX_AGE, 0);

        assertThat(value.get()).isEqualTo(1);
        clock.advance(MAX_AGE);
        assertThat(value.get()).as("exactly max age is still fresh").isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(value.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aCallerWithAReasonAsksForAFresherValue() {
        Refreshed<Integer> value = Refreshed.keepingLast("a number", this::read, clock, MAX_AGE, 0);
        value.get();
        clock.advance(Duration.ofMillis(300));

        assertThat(value.fresherThan(Duration.ofMillis(200))).isEqualTo(2);
        assertThat(value.fresherThan(Duration.ofMillis(200))).as("not again within 200 ms").isEqualTo(2);
        assertThat(value.refreshNow()).isEqualTo(3);
    }

    @Test
    void keepingLastSurvivesAFailedReadAndTriesAgainAfterMaxAge() {
        Refreshed<Integer> value = Refreshed.keepingLast("a number", this::read, clock, MAX_AGE, 0);
        value.get();
        down.set(true);
        clock.advance(MAX_AGE.plusMillis(1));

        assertThat(value.get()).as("the last value").isEqualTo(1);
        down.set(false);
        assertThat(value.get()).as("no new read within max age of the failure").isEqualTo(1);
        clock.advance(MAX_AGE.plusMillis(1));
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void orFailPassesTheFailureOnInsteadOfAnOldValue() {
        Refreshed<Integer> value = Refreshed.orFail("a number", this::read, clock, MAX_AGE);
        value.get();
        down.set(true);
        clock.advance(MAX_AGE.plusMillis(1));

        assertThatThrownBy(value::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("a number");
        down.set(false);
        clock.advance(MAX_AGE.plusMillis(1));
        assertThat(value.get()).isEqualTo(2);
    }
}
