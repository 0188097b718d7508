package org.oursociety.portal.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hrefs from other modules (cards, search results, link cards) stay on the portal. */
class PortalPathTest {

    @Test
    void aPathOnThePortalIsKept() {
        assertThat(PortalCalls.portalPath("/budget/riverside/proposal.xhtml?id=7"))
                .isEqualTo("/budget/riverside/proposal.xhtml?id=7");
    }

    @Test
    void anythingThatLeadsElsewhereIsRefused() {
        assertThat(PortalCalls.portalPath("https://evil.example/")).isNull();
        assertThat(PortalCalls.portalPath("//evil.example/")).isNull();
        assertThat(PortalCalls.portalPath("/\\evil.example/")).as("browsers read /\\ as //").isNull();
        assertThat(PortalCalls.portalPath("javascript:alert(1)")).isNull();
        assertThat(PortalCalls.portalPath(null)).isNull();
    }
}
