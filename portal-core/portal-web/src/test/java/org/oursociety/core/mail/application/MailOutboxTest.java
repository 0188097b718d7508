package org.oursociety.core.mail.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailOutboxTest {

    @Test
    void findsTheLinksADeveloperFollowsFromTheLog() {
        String text = "Hello,\n\nConfirm:\nhttp://localhost:8080/confirm?token=abc-123_x\n\nOr https://portal.example.org/reset?t=9.\n";

        assertThat(MailOutbox.links(text))
                .isEqualTo("http://localhost:8080/confirm?token=abc-123_x https://portal.example.org/reset?t=9.");
        assertThat(MailOutbox.links("No links here.")).isEmpty();
    }
}
