package org.oursociety.directory.listing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MapTilesTest {

    @Test
    void theTileServersOriginIsWhatTheImagesPolicyLetsIn() {
        assertThat(new MapTiles(Optional.of("https://tile.openstreetmap.org/{z}/{x}/{y}.png"), Optional.empty()).origin())
                .hasValue("https://tile.openstreetmap.org");
        assertThat(new MapTiles(Optional.of("https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png"), Optional.empty()).origin())
                .hasValue("https://*.tiles.example.org:8443");
    }

    @Test
    void withoutATileServerOrWithOneThatIsNotAWebAddressThereIsNoMap() {
        assertThat(new MapTiles(Optional.of(" "), Optional.empty()).isOn()).isFalse();
        assertThat(new MapTiles(Optional.of("javascript:alert(1)//{z}"), Optional.empty()).isOn()).isFalse();
        assertThat(new MapTiles(Optional.empty(), Optional.empty()).origin()).isEmpty();
    }
}
