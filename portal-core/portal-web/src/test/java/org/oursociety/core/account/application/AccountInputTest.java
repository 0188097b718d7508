package org.oursociety.core.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

class AccountInputTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Test
    void badFieldsAreOneRefusalWithAMessagePerFieldInTheReadersLanguage() {
        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> new AccountInput().email("email", "not an address").displayName("displayName", " ").check());

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.fields()).containsOnlyKeys("email", "displayName");
        assertThat(refusal.toProblem(Locale.ENGLISH).detail())
                .isEqualTo(AccountMessages.in(Locale.ENGLISH).get("error.invalid"));
        assertThat(refusal.fields().get("email").in(WELSH)).isEqualTo(AccountMessages.in(WELSH).get("error.email.invalid"));
    }

    @Test
    void aWeakPasswordIsOneMessageFollowedByItsAdviceLeavingOutAdviceWeHaveNoWordsFor() {
        Message said = AccountMessages.withAdvice("error.password.tooWeak", List.of(
                "feedback.default.suggestions.useFewWords", "feedback.from.a.newer.nbvcxz",
                "feedback.extra.suggestions.addAnotherWord"));

        assertThat(said.in(Locale.ENGLISH)).isEqualTo("This password would be easy to guess."
                + " Use a few words, and avoid common phrases. Add another word or two; uncommon words are better.");
        assertThat(said.in(WELSH)).startsWith(AccountMessages.in(WELSH).get("error.password.tooWeak") + " ")
                .doesNotContain("feedback.");
    }

    @Test
    void nothingWrongIsNoRefusal() {
        new AccountInput().email("email", "ann@example.org").displayName("displayName", "Ann").check();
    }
}
