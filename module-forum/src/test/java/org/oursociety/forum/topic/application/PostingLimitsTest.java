package org.oursociety.forum.topic.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingLimitsTest {

    @Test
    void theSameTextIsTheSameWhateverItsSpacingAndCase() {
        assertThat(PostingLimits.hash("Buy  cheap\nWATCHES ")).isEqualTo(PostingLimits.hash("buy cheap watches"));
        assertThat(PostingLimits.hash("buy cheap watches")).isNotEqualTo(PostingLimits.hash("buy cheap clocks"));
    }
}
