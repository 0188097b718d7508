package org.oursociety.core.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottleRulesTest {

    @Test
    void retryAfterRoundsUpSoAClientNeverComesBackTooEarly() {
        assertThat(ThrottleRules.retryAfterSeconds(Duration.ofMillis(899_001))).isEqualTo(900);
        assertThat(ThrottleRules.retryAfterSeconds(Duration.ofSeconds(900))).isEqualTo(900);
        assertThat(ThrottleRules.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void refusesSettingsThatWouldLockEveryoneOrNobody() {
        assertThatThrownBy(() -> new ThrottleRules(0, 50, Duration.ofMinutes(15), Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottleRules(5, 50, Duration.ZERO, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
