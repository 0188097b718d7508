package org.oursociety.core.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void addressesAreTrimmedAndLowerCased() {
        assertThat(EmailAddress.normalise("  Ann.Example@Council.GOV.uk \t")).isEqualTo("ann.example@council.gov.uk");
        assertThat(EmailAddress.normalise(null)).isEmpty();
    }

    @Test
    void lowerCasingDoesNotDependOnTheServersLocale() {
        // In a Turkish locale "I".toLowerCase() is a dotless i; the same person must not get two accounts.
        assertThat(EmailAddress.normalise("INFO@EXAMPLE.ORG")).isEqualTo("info@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@example.org", " Ann@Example.org ", "a.b+c@sub.example.co.uk"})
    void plausibleAddresses(String email) {
        assertThat(EmailAddress.isPlausible(email)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ann", "ann@", "@example.org", "ann@example", "ann@@example.org", "ann smith@example.org",
            "ann@exa mple.org"})
    void implausibleAddresses(String email) {
        assertThat(EmailAddress.isPlausible(email)).isFalse();
    }

    @Test
    void addressesLongerThan254CharactersAreRefused() {
        String domain = "@example.org";
        assertThat(EmailAddress.isPlausible("a".repeat(254 - domain.length()) + domain)).isTrue();
        assertThat(EmailAddress.isPlausible("a".repeat(255 - domain.length()) + domain)).isFalse();
    }
}
