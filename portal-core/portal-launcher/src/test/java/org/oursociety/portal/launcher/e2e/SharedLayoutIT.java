package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared layout is a template, not a page: asked for by its address in any WAR it is not found,
 * while every page built on it still shows it.
 */
@ExtendWith(SharedPortal.class)
class SharedLayoutIT {

    private final Http http;

    SharedLayoutIT(RunningPortal portal) {
        this.http = new Http(portal);
    }

    @Test
    void theLayoutAndErrorPagesCannotBeRequestedAsPagesInAnyWar() throws Exception {
        for (String war : new String[]{"", "/forum", "/budget", "/directory"}) {
            for (String template : new String[]{"/portal/layout.xhtml", "/portal/error.xhtml", "/portal/Layout.XHTML"}) {
                HttpResponse<String> answer = http.get(war + template);
                assertThat(answer.statusCode()).as(war + template).isEqualTo(404);
            }
        }
        HttpResponse<String> home = http.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).as("pages still use the layout").containsIgnoringCase("skip to main content");
    }
}
