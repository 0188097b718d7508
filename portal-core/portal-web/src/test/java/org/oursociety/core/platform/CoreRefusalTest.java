package org.oursociety.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.rest.Problem;
import org.oursociety.portal.api.rest.Refusal;

class CoreRefusalTest {

    @Test
    void aRefusalIsSaidInTheReadersLanguageWithItsStatus() {
        Refusal refusal = CoreRefusal.conflict("area.slug-taken", "riverside");

        Problem english = refusal.toProblem(Locale.ENGLISH);
        assertThat(english.status()).isEqualTo(409);
        assertThat(english.title()).isEqualTo("Conflict");
        assertThat(english.detail()).isEqualTo("The slug \"riverside\" is taken; choose another.");
        assertThat(refusal.toProblem(Languages.WELSH).detail()).isEqualTo("Mae’r slug \"riverside\" wedi’i gymryd; dewiswch un arall.");
    }

    @Test
    void theSignInWaitIsInWholeMinutesOneOrMany() {
        assertThat(CoreRefusal.message("sign-in.throttled", 1L).in(Locale.ENGLISH))
                .isEqualTo("Too many failed attempts to sign in. Try again in 1 minute.");
        assertThat(CoreRefusal.message("sign-in.throttled", 15L).in(Locale.ENGLISH))
                .isEqualTo("Too many failed attempts to sign in. Try again in 15 minutes.");
    }

    @Test
    void everyRefusalHasAWelshTextAndEveryPatternParses() throws IOException {
        Properties english = load("Refusals.properties");
        Properties welsh = load("Refusals_cy.properties");

        assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (Properties bundle : new Properties[]{english, welsh}) {
            bundle.stringPropertyNames().forEach(key -> assertThat(new MessageFormat(bundle.getProperty(key)).toPattern())
                    .as(key).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CoreRefusalTest.class.getResourceAsStream("/org/oursociety/core/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
