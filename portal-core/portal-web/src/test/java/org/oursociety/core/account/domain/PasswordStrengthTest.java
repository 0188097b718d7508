package org.oursociety.core.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordStrengthTest {

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaa", "          ", "Password1234", "qwertyuiop", "abcdefghijkl", "1234567890",
            "password2026", "1111111111", "correct horse battery staple"})
    void easilyGuessedPasswordsAreRefusedWithAdvice(String password) {
        assertThat(PasswordPolicy.standard().check(password)).isPresent();
        assertThat(PasswordStrength.weakness(password)).hasValueSatisfying(w -> assertThat(w.keys()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a brand new passphrase 2026", "reset by mail passphrase", "demo-resident-2026",
            "Gwenallt yn y glaw mân", "tiny-ember-cobalt-fjord", "tiny ember cobalt fjord"})
    void passphrasesPass(String password) {
        assertThat(PasswordStrength.weakness(password)).isEmpty();
        assertThat(PasswordPolicy.standard().check(password)).isEmpty();
    }

    @Test
    void theRepeatAdviceSaysWhatIsWrong() {
        assertThat(PasswordStrength.weakness("aaaaaaaaaa").orElseThrow().keys()).contains("feedback.repeat.warning.likeAAA");
    }

    @Test
    void everyAdviceNbvcxzCanGiveIsInEnglishAndWelsh() {
        ResourceBundle theirs = ResourceBundle.getBundle("feedback", Locale.ROOT);
        ResourceBundle english = ResourceBundle.getBundle("org.oursociety.core.account.PasswordAdvice", Locale.ROOT);
        ResourceBundle welsh = ResourceBundle.getBundle("org.oursociety.core.account.PasswordAdvice", Locale.forLanguageTag("cy"));
        for (String key : theirs.keySet()) {
            assertThat(english.containsKey(key)).as(key).isTrue();
            assertThat(welsh.getString(key)).as(key).isNotEqualTo(english.getString(key));
        }
    }
}
