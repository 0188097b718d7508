package org.oursociety.core.residence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VotingCodeTest {

    @Test
    void aCodeHasSixteenCharactersWithoutLookAlikes() {
        for (int i = 0; i < 1000; i++) {
            String code = VotingCode.generate();
            assertThat(code).hasSize(16).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{16}");
        }
        assertThat(VotingCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(VotingCode.generate())).isTrue();
        }
    }

    @Test
    void aCodeIsPrintedInGroupsOfFourAndReadBackHoweverItIsTyped() {
        String code = "HK7M3QXA9RTCWP2E";

        assertThat(VotingCode.display(code)).isEqualTo("HK7M-3QXA-9RTC-WP2E");
        assertThat(VotingCode.normalise("HK7M-3QXA-9RTC-WP2E")).contains(code);
        assertThat(VotingCode.normalise(" hk7m 3qxa 9rtc wp2e ")).contains(code);
        assertThat(VotingCode.normalise("hk7m3qxa9rtcwp2e")).contains(code);
    }

    @Test
    void anythingThatCannotBeACodeIsRefusedBeforeALookup() {
        assertThat(VotingCode.normalise(null)).isEmpty();
        assertThat(VotingCode.normalise("")).isEmpty();
        assertThat(VotingCode.normalise("HK7M-3QXA-9RTC")).as("too short").isEmpty();
        assertThat(VotingCode.normalise("HK7M-3QXA-9RTC-WP2E-A")).as("too long").isEmpty();
        assertThat(VotingCode.normalise("HK7M-3QXA-9RTC-WP2O")).as("O is not in the alphabet").isEmpty();
        assertThat(VotingCode.normalise("HK7M;3QXA-9RTC-WP2E")).isEmpty();
        assertThat(VotingCode.normalise("A".repeat(100))).isEmpty();
    }

    @Test
    void theStoredHashIsTheSha256OfTheCompactCode() {
        assertThat(VotingCode.hash("HK7M3QXA9RTCWP2E")).matches("[0-9a-f]{64}")
                .isEqualTo(VotingCode.hash(VotingCode.normalise("hk7m-3qxa-9rtc-wp2e").orElseThrow()))
                .isNotEqualTo(VotingCode.hash("HK7M3QXA9RTCWP2F"));
        // SHA-256("ABCD") from any other tool:
        assertThat(VotingCode.hash("ABCD")).isEqualTo("e12e115acf4552b2568b55e93cbd39394c4ef81c82447fafc997882a02d23677");
    }
}
