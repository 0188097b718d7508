package org.oursociety.portal.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.i18n.Message;

class RefusalTest {

    private static final String BUNDLE = "org.oursociety.portal.api.Messages";

    @Test
    void aKindDecidesTheStatusAndTheMessageIsSaidInTheReadersLanguage() {
        Problem problem = Refusal.notAllowed().toProblem(Locale.ENGLISH);

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.title()).isEqualTo("Forbidden");
        assertThat(problem.detail()).isEqualTo("You are not allowed to do this here.");
        assertThat(problem.errors()).isNull();
    }

    @Test
    void invalidInputNamesEachField() {
        Problem problem = Refusal.invalid(Map.of("title", new Message(BUNDLE, "refusal.not-found")))
                .toProblem(Locale.ENGLISH);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("Some fields need changing; each one says what is wrong.");
        assertThat(problem.errors()).containsEntry("title", "There is nothing at this address.");
    }

    @Test
    void tooManyCarriesWhenToTryAgain() {
        Refusal refusal = Refusal.tooMany(new Message(BUNDLE, "refusal.sign-in"), Duration.ofSeconds(12));

        assertThat(refusal.toProblem(Locale.ENGLISH).status()).isEqualTo(429);
        assertThat(refusal.toProblem(Locale.ENGLISH).title()).isEqualTo("Too Many Requests");
        assertThat(refusal.retryAfter()).contains(Duration.ofSeconds(12));
    }

    @Test
    void unavailableIsA503WithWhenToTryAgain() {
        Refusal refusal = Refusal.unavailable(new Message(BUNDLE, "refusal.not-found"), Duration.ofSeconds(5));

        assertThat(refusal.toProblem(Locale.ENGLISH).status()).isEqualTo(503);
        assertThat(refusal.toProblem(Locale.ENGLISH).title()).isEqualTo("Service Unavailable");
        assertThat(refusal.retryAfter()).contains(Duration.ofSeconds(5));
    }

    @Test
    void aMissingKeyShowsTheKeyRatherThanFailing() {
        assertThat(new Message(BUNDLE, "no.such.key").in(Locale.ENGLISH)).isEqualTo("no.such.key");
    }
}
