package org.oursociety.portal.api.internal.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaViewHandlerTest {

    @Test
    void putsTheAreaAfterTheContextPath() {
        assertThat(AreaViewHandler.withArea("riverside", "/forum", "/forum/topic.xhtml?id=1"))
                .isEqualTo("/forum/riverside/topic.xhtml?id=1");
        assertThat(AreaViewHandler.withArea("riverside", "/budget", "/budget/vote.xhtml"))
                .isEqualTo("/budget/riverside/vote.xhtml");
    }

    @Test
    void leavesUrlsThatHaveItOrAreOutsideAreasAlone() {
        assertThat(AreaViewHandler.withArea("riverside", "/forum", "/forum/riverside/topic.xhtml"))
                .isEqualTo("/forum/riverside/topic.xhtml");
        assertThat(AreaViewHandler.withArea(null, "/forum", "/forum/notifications.xhtml"))
                .isEqualTo("/forum/notifications.xhtml");
        assertThat(AreaViewHandler.withArea("riverside", "/forum", "/login.xhtml")).isEqualTo("/login.xhtml");
        assertThat(AreaViewHandler.withArea("riverside", "", "/profile.xhtml")).as("the core has no areas in its URLs")
                .isEqualTo("/profile.xhtml");
    }

    @Test
    void aFormKeepsTheAddressQueryUnlessItHasOne() {
        assertThat(AreaViewHandler.withQuery("/directory/riverside/edit.xhtml", "id=7"))
                .isEqualTo("/directory/riverside/edit.xhtml?id=7");
        assertThat(AreaViewHandler.withQuery("/directory/riverside/edit.xhtml?id=8", "id=7"))
                .isEqualTo("/directory/riverside/edit.xhtml?id=8");
        assertThat(AreaViewHandler.withQuery("/directory/riverside/edit.xhtml", null))
                .isEqualTo("/directory/riverside/edit.xhtml");
    }
}
