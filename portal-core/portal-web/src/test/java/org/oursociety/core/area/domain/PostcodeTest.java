package org.oursociety.core.area.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({"cf10 1aa,CF10 1AA", "CF101AA,CF10 1AA", "  sw1a   2aa ,SW1A 2AA", "m1 1ae,M1 1AE", "b33 8th,B33 8TH",
            "ec1a 1bb,EC1A 1BB", "cf10,CF10", "m1,M1", "W1A,W1A"})
    void typedPostcodesAreNormalised(String typed, String normal) {
        assertThat(Postcode.parse(typed).value()).isEqualTo(normal);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"CF10 1A", "1CF 1AA", "CF10 AAA", "CF", "hello", "CF10 1AA 1", "CF10-1AA", "Q"})
    void otherTextIsRefusedWithWhatWasTyped(String typed) {
        assertThatThrownBy(() -> Postcode.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a UK postcode");
    }

    @ParameterizedTest
    @CsvSource({"CF10,CF10 1AA,true", "CF10,CF11 1AA,false", "CF1,CF10 1AA,false", "CF10 1AA,CF10 1AA,true",
            "CF10 1AA,CF10 1AB,false"})
    void anEntryCoversAPostcodeInItsDistrictOrItself(String entry, String postcode, boolean covered) {
        assertThat(Postcode.parse(entry).covers(Postcode.parse(postcode))).isEqualTo(covered);
    }
}
