package org.oursociety.directory.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapTilesPolicyFilterTest {

    @Test
    void theTileHostJoinsImgSrcOnlyAndOnlyOnce() {
        String policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self' 'nonce-abc'";

        String amended = MapTilesPolicyFilter.withImages(policy, "https://tile.openstreetmap.org");

        assertThat(amended).isEqualTo("default-src 'self'; img-src https://tile.openstreetmap.org 'self' data:;"
                + " style-src 'self'; script-src 'self' 'nonce-abc'");
        assertThat(MapTilesPolicyFilter.withImages(amended, "https://tile.openstreetmap.org")).isEqualTo(amended);
    }

    @Test
    void aPolicyWithoutImgSrcGetsOneAndTheHostElsewhereDoesNotCount() {
        assertThat(MapTilesPolicyFilter.withImages("default-src 'self'", "https://tiles.example.org"))
                .isEqualTo("default-src 'self'; img-src 'self' data: https://tiles.example.org");
        assertThat(MapTilesPolicyFilter.withImages(
                "connect-src https://tiles.example.org; img-src 'self'", "https://tiles.example.org"))
                .isEqualTo("connect-src https://tiles.example.org; img-src https://tiles.example.org 'self'");
    }
}
