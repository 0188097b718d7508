package org.oursociety.portal.api.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestBodyFilterTest {

    @Test
    void acceptsUtf8IncludingWelshAndEmoji() {
        assertThat(RequestBodyFilter.isUtf8("{\"name\":\"Siân Ŵ 👋\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(RequestBodyFilter.isUtf8(new byte[0])).isTrue();
    }

    @Test
    void refusesBrokenUtf8() {
        assertThat(RequestBodyFilter.isUtf8(new byte[]{'"', (byte) 0xC3, 0x28, '"'})).as("lead byte without continuation").isFalse();
        assertThat(RequestBodyFilter.isUtf8(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("a surrogate").isFalse();
        assertThat(RequestBodyFilter.isUtf8("Siân".getBytes(StandardCharsets.ISO_8859_1))).as("Latin-1").isFalse();
    }

    @Test
    void knowsJsonMediaTypes() {
        assertThat(RequestBodyFilter.isJson(new MediaType("application", "json"))).isTrue();
        assertThat(RequestBodyFilter.isJson(new MediaType("application", "merge-patch+json"))).isTrue();
        assertThat(RequestBodyFilter.isJson(new MediaType("text", "plain"))).isFalse();
        assertThat(RequestBodyFilter.isJson(null)).isFalse();
    }

    @Test
    void aRefusedBodyIsReadToTheEndSoTheClientHearsTheAnswer() throws Exception {
        ByteArrayInputStream rest = new ByteArrayInputStream(new byte[100_000]);

        assertThat(RequestBodyFilter.drain(rest, RequestBodyFilter.DRAIN_LIMIT)).isTrue();
        assertThat(rest.available()).isZero();
    }

    @Test
    void aHugeRefusedBodyIsNotReadForEver() throws Exception {
        ByteArrayInputStream rest = new ByteArrayInputStream(new byte[100_000]);

        assertThat(RequestBodyFilter.drain(rest, 50_000)).isFalse();
        assertThat(rest.available()).isPositive();
    }

    @Test
    void onlyTheNamedImportPathsTakeLargeBodies() {
        java.util.Optional<java.util.regex.Pattern> imports =
                java.util.Optional.of(java.util.regex.Pattern.compile("areas/[^/]+/import|postcodes"));

        assertThat(RequestBodyFilter.isLargeBodyPath(imports, "/areas/riverside/import")).isTrue();
        assertThat(RequestBodyFilter.isLargeBodyPath(imports, "postcodes")).isTrue();
        assertThat(RequestBodyFilter.isLargeBodyPath(imports, "/areas/riverside/import/../../session")).isFalse();
        assertThat(RequestBodyFilter.isLargeBodyPath(imports, "/session")).isFalse();
        assertThat(RequestBodyFilter.isLargeBodyPath(java.util.Optional.empty(), "/areas/riverside/import")).isFalse();
    }
}
