package org.oursociety.portal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void readsTheJavaFeatureVersionOfOldAndNewNumberingSchemes() {
        assertThat(Main.feature("1.8")).isEqualTo(8);
        assertThat(Main.feature("11")).isEqualTo(11);
        assertThat(Main.feature("17")).isEqualTo(17);
        assertThat(Main.feature("25.0.1")).isEqualTo(25);
    }
}
