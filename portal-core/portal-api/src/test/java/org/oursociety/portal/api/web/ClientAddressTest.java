package org.oursociety.portal.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnoredSoNobodyCanForgeTheirAddress() {
        assertThat(ClientAddress.resolve("203.0.113.7", "198.51.100.1", 0)).isEqualTo("203.0.113.7");
    }

    @Test
    void behindOneProxyTheClientIsTheLastEntryThatProxyAppended() {
        assertThat(ClientAddress.resolve("10.0.0.2", "198.51.100.99, 203.0.113.7", 1)).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTwoProxiesTheClientIsTheSecondEntryFromTheRightAndForgedEntriesFurtherLeftAreIgnored() {
        assertThat(ClientAddress.resolve("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.1", 2)).isEqualTo("203.0.113.7");
    }

    @Test
    void aMissingHeaderFallsBackToTheRemoteAddress() {
        assertThat(ClientAddress.resolve("10.0.0.2", null, 1)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.resolve("10.0.0.2", " , ", 1)).isEqualTo("10.0.0.2");
    }
}
