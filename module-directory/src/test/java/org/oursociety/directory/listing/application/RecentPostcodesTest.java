package org.oursociety.directory.listing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Searches from the same postcode do not ask the database each time, yet a new postcode release arrives. */
class RecentPostcodesTest {

    private Instant now = Instant.parse("2026-11-30T12:00:00Z");
    private final List<String> asked = new ArrayList<>();
    private final RecentPostcodes recent = new RecentPostcodes(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private Optional<double[]> lookUp(String postcode) {
        asked.add(postcode);
        return postcode.startsWith("DM1") ? Optional.of(new double[]{52.39, -1.54}) : Optional.empty();
    }

    @Test
    void aPostcodeSearchedByAgainIsAnsweredFromMemoryUntilItsTimeIsUp() {
        assertThat(recent.of("DM13AB", this::lookUp)).hasValueSatisfying(c -> assertThat(c).containsExactly(52.39, -1.54));
        now = now.plus(Duration.ofMinutes(RecentPostcodes.MINUTES - 1));
        assertThat(recent.of("DM13AB", this::lookUp)).isPresent();
        assertThat(asked).containsExactly("DM13AB");

        now = now.plus(Duration.ofMinutes(2));
        assertThat(recent.of("DM13AB", this::lookUp)).isPresent();
        assertThat(asked).containsExactly("DM13AB", "DM13AB");
    }

    @Test
    void aPostcodeNotFoundIsAskedForAgainSoThatOneJustLoadedIsFoundAtOnce() {
        assertThat(recent.of("ZZ99ZZ", this::lookUp)).isEmpty();
        assertThat(recent.of("ZZ99ZZ", this::lookUp)).isEmpty();
        assertThat(asked).containsExactly("ZZ99ZZ", "ZZ99ZZ");
    }

    @Test
    void whatTheCallerDoesWithThePlaceDoesNotChangeWhatIsKept() {
        recent.of("DM11AA", this::lookUp).orElseThrow()[0] = 0;
        assertThat(recent.of("DM11AA", this::lookUp).orElseThrow()[0]).isEqualTo(52.39);
    }
}
