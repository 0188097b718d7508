package org.oursociety.portal.api.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InputGuardFilterTest {

    @Test
    void anEncodedNulInTheAddressIsRefused() {
        assertThat(InputGuardFilter.cleanlyEncoded("q=%00")).isFalse();
        assertThat(InputGuardFilter.cleanlyEncoded("/api/areas/a%00b")).isFalse();
        assertThat(InputGuardFilter.cleanlyEncoded("action=x&actor=%00")).isFalse();
    }

    @Test
    void brokenUtf8AndEncodedSurrogatesAreRefused() {
        assertThat(InputGuardFilter.cleanlyEncoded("q=%FF")).isFalse();
        assertThat(InputGuardFilter.cleanlyEncoded("q=%ED%A0%80")).isFalse();
    }

    @Test
    void ordinaryAddressesPass() {
        assertThat(InputGuardFilter.cleanlyEncoded(null)).isTrue();
        assertThat(InputGuardFilter.cleanlyEncoded("q=Caerdydd&page=2")).isTrue();
        assertThat(InputGuardFilter.cleanlyEncoded("q=Ff%C3%A9stiniog+%26+Bl%C3%A6nau")).isTrue();
        assertThat(InputGuardFilter.cleanlyEncoded("q=100%")).isTrue();
        assertThat(InputGuardFilter.cleanlyEncoded("q=%F0%9F%98%80")).isTrue();
    }

    @Test
    void formValuesWithNulOrLoneSurrogatesAreRefused() {
        assertThat(InputGuardFilter.cleanParameters(Map.of("name", new String[] {"Ann\0"}))).isFalse();
        assertThat(InputGuardFilter.cleanParameters(Map.of("name", new String[] {"\ud800"}))).isFalse();
        assertThat(InputGuardFilter.cleanParameters(Map.of("name", new String[] {"Siân"}))).isTrue();
    }

    @Test
    void theErrorPageKnowsItsStatuses() {
        assertThat(ErrorStatus.keyOf(403)).isEqualTo("status.403");
        assertThat(ErrorStatus.keyOf(418)).isEqualTo("status.other");
        assertThat(ErrorStatus.keyOf(null)).isEqualTo("status.other");
        for (String key : java.util.List.of("status.400", "status.401", "status.403", "status.405", "status.413",
                "status.501", "status.503", "status.other")) {
            for (String part : java.util.List.of(".title", ".text")) {
                String english = ErrorStatus.text(key + part, java.util.Locale.ENGLISH);
                assertThat(english).isNotEqualTo(key + part);
                assertThat(ErrorStatus.text(key + part, java.util.Locale.forLanguageTag("cy"))).isNotEqualTo(english);
            }
        }
    }
}
