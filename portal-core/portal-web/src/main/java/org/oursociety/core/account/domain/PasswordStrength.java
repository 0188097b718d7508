package org.oursociety.core.account.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * How guessable a password is, estimated by nbvcxz (a Java port of Dropbox's zxcvbn): it finds the
 * patterns an attacker tries first (repeats, sequences, keyboard rows, dictionary words with digits,
 * dates) and refuses a password whose estimated entropy is below {@value #MINIMUM_ENTROPY} bits. Its
 * advice comes back as nbvcxz's message keys, which our own bundle ({@code PasswordAdvice}) says in
 * English and Welsh.
 */
public final class PasswordStrength {

    /** nbvcxz's own default: about 34 billion guesses, out of reach of an online attack and costly offline. */
    public static final double MINIMUM_ENTROPY = 35;

    /** Why a password is weak: nbvcxz's warning (may be absent) and suggestions, as message keys. */
    public record Weakness(Optional<String> warningKey, List<String> suggestionKeys) {

        /** All the keys, warning first. */
        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            warningKey.ifPresent(keys::add);
            keys.addAll(suggestionKeys);
            return keys;
        }
    }

    private static final Configuration CONFIGURATION = new ConfigurationBuilder()
            .setMinimumEntropy(MINIMUM_ENTROPY)
            .setLocale(Locale.ENGLISH)
            .createConfiguration();

    private PasswordStrength() {
    }

    /** Empty when the password is strong enough; else what makes it weak. */
    public static Optional<Weakness> weakness(String password) {
        Result result = new Nbvcxz(CONFIGURATION).estimate(password);
        if (result.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        Feedback feedback = result.getFeedback();
        List<String> suggestions = feedback.getSuggestionKeys() == null ? List.of() : feedback.getSuggestionKeys();
        return Optional.of(new Weakness(Optional.ofNullable(feedback.getWarningKey()).filter(k -> !k.isBlank()),
                List.copyOf(suggestions)));
    }
}
