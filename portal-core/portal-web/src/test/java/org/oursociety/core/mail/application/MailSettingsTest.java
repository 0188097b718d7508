package org.oursociety.core.mail.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailSettingsTest {

    @Test
    void withoutAnyConfigurationNothingIsSentAndLinksPointAtTheLaptop() {
        MailSettings settings = MailSettings.from(new MapConfig(Map.of()));

        assertThat(settings.configured()).isFalse();
        assertThat(settings.port()).isEqualTo(587);
        assertThat(settings.tls()).isTrue();
        assertThat(settings.from()).isEqualTo("Our Society <no-reply@localhost>");
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.authenticates()).isFalse();
    }

    @Test
    void readsEveryKey() {
        MailSettings settings = MailSettings.from(new MapConfig(Map.of(
                "portal.smtp.host", "smtp.council.example",
                "portal.smtp.port", "2525",
                "portal.smtp.user", "portal",
                "portal.smtp.password", "s3cret-pass",
                "portal.smtp.tls", "false",
                "portal.mail.from", "Riverside Council <portal@council.example>",
                "portal.base-url", "https://portal.council.example/")));

        assertThat(settings.configured()).isTrue();
        assertThat(settings.host()).isEqualTo("smtp.council.example");
        assertThat(settings.port()).isEqualTo(2525);
        assertThat(settings.user()).isEqualTo("portal");
        assertThat(settings.password()).isEqualTo("s3cret-pass");
        assertThat(settings.tls()).isFalse();
        assertThat(settings.from()).isEqualTo("Riverside Council <portal@council.example>");
        assertThat(settings.baseUrl()).as("no trailing slash, so links get exactly one").isEqualTo("https://portal.council.example");
    }

    @Test
    void aBlankHostMeansNotConfigured() {
        MailSettings settings = new MailSettings("  ", 587, " ", null, true, null, null);

        assertThat(settings.configured()).isFalse();
        assertThat(settings.authenticates()).isFalse();
    }

    @Test
    void neverShowsThePassword() {
        MailSettings settings = new MailSettings("smtp.example", 587, "portal", "s3cret-pass", true, null, null);

        assertThat(settings.toString()).doesNotContain("s3cret-pass").contains("smtp.example", "portal", "password set");
    }

    @Test
    void port465WithTlsIsImplicitTls() {
        assertThat(new MailSettings("smtp.example", 465, null, null, true, null, null).implicitTls()).isTrue();
        assertThat(new MailSettings("smtp.example", 587, null, null, true, null, null).implicitTls()).isFalse();
        assertThat(new MailSettings("smtp.example", 465, null, null, false, null, null).implicitTls()).isFalse();
    }

    @Test
    void linksAreAbsoluteFromTheBaseUrl() {
        MailSettings settings = MailSettings.unconfigured("https://portal.example.org/");

        assertThat(settings.link("/confirm?token=abc")).isEqualTo("https://portal.example.org/confirm?token=abc");
        assertThat(settings.link("/")).isEqualTo("https://portal.example.org/");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "confirm", "//evil.example/x", "/\\evil.example", "https://evil.example/", "/a b", "/a\nb"})
    void aLinkIsAlwaysToThisPortal(String path) {
        MailSettings settings = MailSettings.unconfigured("https://portal.example.org");

        assertThatThrownBy(() -> settings.link(path)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"portal.example.org", "ftp://portal.example.org", "https://portal.example.org/?x=1", "http://"})
    void refusesABaseUrlThatCannotStartALink(String baseUrl) {
        assertThatThrownBy(() -> MailSettings.unconfigured(baseUrl)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPortThatIsNotOne() {
        assertThatThrownBy(() -> new MailSettings("smtp.example", 0, null, null, true, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailSettings("smtp.example", 70000, null, null, true, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
