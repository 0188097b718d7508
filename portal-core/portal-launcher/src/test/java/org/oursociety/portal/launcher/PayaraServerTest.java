package org.oursociety.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayaraServerTest {

    @Test
    void plainValuesAreLeftAlone() {
        assertThat(PayaraServer.escapeProperty("portal")).isEqualTo("portal");
        assertThat(PayaraServer.escapeProperty("")).isEmpty();
    }

    @Test
    void colonsInAJdbcUrlAreEscaped() {
        assertThat(PayaraServer.escapeProperty("jdbc:postgresql://db:5432/portal"))
                .isEqualTo("jdbc\\:postgresql\\://db\\:5432/portal");
    }

    @Test
    void equalsSignsInAPasswordAreEscaped() {
        assertThat(PayaraServer.escapeProperty("a=b")).isEqualTo("a\\=b");
    }

    @Test
    void backslashesAreEscapedFirstSoThatTheyCannotSwallowTheNextEscape() {
        assertThat(PayaraServer.escapeProperty("a\\b")).isEqualTo("a\\\\b");
        assertThat(PayaraServer.escapeProperty("p\\:w=\\")).isEqualTo("p\\\\\\:w\\=\\\\");
    }
}
