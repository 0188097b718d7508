package org.oursociety.portal.api.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedTemplatesFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/portal/layout.xhtml", "/forum/portal/layout.xhtml", "/portal/Layout.XHTML",
            "/portal/error.xhtml;jsessionid=abc", "/portal/not-found.xhtml"})
    void faceletsUnderPortalAreNotPages(String uri) {
        assertThat(SharedTemplatesFilter.isFacelet(uri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/portal/portal.css", "/forum/portal/logo.svg", "/portal/"})
    void stylesheetsAndImagesAreServed(String uri) {
        assertThat(SharedTemplatesFilter.isFacelet(uri)).isFalse();
    }
}
