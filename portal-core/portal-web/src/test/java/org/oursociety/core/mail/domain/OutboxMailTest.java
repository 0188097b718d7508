package org.oursociety.core.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final MailContent CONTENT = new MailContent("Welcome", "Hello", "<p>Hello</p>");

    @Test
    void aNewMailIsUnsentAndDueAtOnce() {
        OutboxMail mail = new OutboxMail(" amira@example.org ", CONTENT, "registration", NOW);

        assertThat(mail.id()).isNotNull();
        assertThat(mail.recipient()).isEqualTo("amira@example.org");
        assertThat(mail.kind()).isEqualTo("registration");
        assertThat(mail.createdAt()).isEqualTo(NOW);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW);
        assertThat(mail.attempts()).isZero();
        assertThat(mail.sentAt()).isNull();
        assertThat(mail.lastError()).isNull();
        assertThat(mail.htmlBody()).isEqualTo("<p>Hello</p>");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not an address", "amira", "@example.org", "Amira <amira@example.org>",
            "amira@example.org, tom@example.org", "amira@example.org\r\nBcc: everyone@example.org", "a b@example.org"})
    void refusesAnythingButOneBareAddress(String recipient) {
        assertThatThrownBy(() -> new OutboxMail(recipient, CONTENT, "registration", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Welcome\r\nBcc: everyone@example.org", "Tab\tin subject"})
    void refusesControlCharactersInTheSubjectSoNoHeaderCanBeAdded(String subject) {
        MailContent content = new MailContent(subject, "Hello", null);

        assertThatThrownBy(() -> new OutboxMail("amira@example.org", content, "registration", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Registration", "password reset", "-reset", "reset-", "a-very-long-kind-name-that-nobody-could-filter-by"})
    void aKindIsAShortLowerCaseName(String kind) {
        assertThatThrownBy(() -> new OutboxMail("amira@example.org", CONTENT, kind, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMailNeedsASubjectAndAPlainTextBody() {
        assertThatThrownBy(() -> new MailContent(" ", "Hello", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailContent("Welcome", null, "<p>Hello</p>")).isInstanceOf(IllegalArgumentException.class);
    }
}
