package org.oursociety.forum.topic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsHandlesIgnoringCaseAndNotInsideAddresses() {
        assertThat(Mentions.handlesIn("Thanks @AmiraKhan and @tom_evans! Mail me at someone@example.org"))
                .containsExactly("amirakhan", "tom_evans");
    }

    @Test
    void aHandleIsTheDisplayNamesLettersAndDigits() {
        assertThat(Mentions.handleOf("Amira Khan")).isEqualTo("AmiraKhan");
        assertThat(Mentions.handleOf("Siân Ll. Jones-2")).isEqualTo("SiânLlJones2");
    }

    @Test
    void atMostTenMentionsCount() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append("@member").append(i).append(' ');
        }
        assertThat(Mentions.handlesIn(text.toString())).hasSize(Mentions.MAX);
    }
}
