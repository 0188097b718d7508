package org.oursociety.portal.api.internal.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oursociety.portal.api.internal.area.AreaModuleFilter;

class AreaModuleFilterTest {

    @Test
    void theFirstSegmentIsTheAreaAndTheRestIsServed() {
        assertThat(AreaModuleFilter.areaAndRest("/riverside/topics/12")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("riverside", "/topics/12"));
        assertThat(AreaModuleFilter.areaAndRest("/riverside/")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("riverside", "/"));
        assertThat(AreaModuleFilter.areaAndRest("/riverside")).hasValueSatisfying(
                parts -> assertThat(parts).containsExactly("riverside", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/api/me", "/portal/not-found.xhtml", "/jakarta.faces.resource/x.css",
            "/area.xhtml", "/Riverside/", ""})
    void theWarsOwnPathsAreNotAreas(String path) {
        assertThat(AreaModuleFilter.areaAndRest(path)).isEmpty();
    }

    @Test
    void aModulesApiAboutAnAreaNamesItsSlug() {
        assertThat(AreaModuleFilter.apiAreaSlug("/api/areas/riverside/topics")).contains("riverside");
        assertThat(AreaModuleFilter.apiAreaSlug("/api/areas/riverside")).contains("riverside");
        assertThat(AreaModuleFilter.apiAreaSlug("/api/areas/")).isEmpty();
        assertThat(AreaModuleFilter.apiAreaSlug("/api/topics/12")).isEmpty();
        assertThat(AreaModuleFilter.apiAreaSlug(null)).isEmpty();
    }
}
