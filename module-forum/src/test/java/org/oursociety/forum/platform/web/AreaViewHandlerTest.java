package org.oursociety.forum.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaViewHandlerTest {

    @Test
    void putsTheAreaAfterTheContextPath() {
        assertThat(AreaViewHandler.withArea("riverside", "/forum", "/forum/topic.xhtml?id=1"))
                .isEqualTo("/forum/riverside/topic.xhtml?id=1");
    }

    @Test
    void leavesUrlsThatHaveItOrAreOutsideAreasAlone() {
        assertThat(AreaViewHandler.withArea("riverside", "/forum", "/forum/riverside/topic.xhtml"))
                .isEqualTo("/forum/riverside/topic.xhtml");
        assertThat(AreaViewHandler.withArea(null, "/forum", "/forum/notifications.xhtml"))
                .isEqualTo("/forum/notifications.xhtml");
        assertThat(AreaViewHandler.withArea("riverside", "/forum", "/login.xhtml")).isEqualTo("/login.xhtml");
    }
}
