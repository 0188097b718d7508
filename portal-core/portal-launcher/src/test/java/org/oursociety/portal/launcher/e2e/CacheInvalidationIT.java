package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the shared header and the sign-in check remember between requests (issue 9) is forgotten as soon
 * as it changes: the next request in the WAR that made the change shows it, with no 2-second wait.
 */
@ExtendWith(SharedPortal.class)
class CacheInvalidationIT {

    private final RunningPortal portal;

    CacheInvalidationIT(RunningPortal portal) {
        this.portal = portal;
    }

    @Test
    void theHomePageOpensNoHttpSession() throws Exception {
        HttpResponse<String> anonymous = new Http(portal).get("/");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

        Http http = new Http(portal);
        http.signIn(ThrowawayAccounts.create(portal, "Cache Session"), ThrowawayAccounts.PASSWORD);
        assertThat(http.get("/").headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void aSignOutRefusesTheTokenOnTheNextRequest() throws Exception {
        Http http = new Http(portal);
        String email = ThrowawayAccounts.create(portal, "Cache Sign Out");
        JsonNode signedIn = http.signIn(email, ThrowawayAccounts.PASSWORD);
        String token = signedIn.path("token").asText();
        assertThat(http.get("/api/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/me", "Authorization", "Bearer " + token).statusCode()).as("remembered").isEqualTo(200);

        assertThat(http.delete("/api/session", "Authorization", "Bearer " + token).statusCode()).isEqualTo(204);

        assertThat(http.get("/api/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void aLanguageChosenOnTheProfileShowsOnTheNextPage() throws Exception {
        Http http = new Http(portal);
        String email = ThrowawayAccounts.create(portal, "Cache Language");
        String csrf = http.signIn(email, ThrowawayAccounts.PASSWORD).path("csrfToken").asText();
        assertThat(http.get("/").body()).contains("lang=\"en\"");
        assertThat(http.get("/").body()).as("remembered").contains("lang=\"en\"");

        HttpResponse<String> changed = http.patchJson("/api/me/profile", "{\"preferredLanguage\":\"cy\"}", "X-CSRF-Token", csrf);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        assertThat(http.get("/").body()).contains("lang=\"cy\"");
        http.patchJson("/api/me/profile", "{\"preferredLanguage\":\"en\"}", "X-CSRF-Token", csrf);
        assertThat(http.get("/").body()).contains("lang=\"en\"");
    }

    @Test
    void theHeadersLanguageSwitchShowsAtOnceInAModuleToo() throws Exception {
        Http http = new Http(portal);
        String email = ThrowawayAccounts.create(portal, "Cache Switch");
        http.signIn(email, ThrowawayAccounts.PASSWORD);
        assertThat(http.get("/forum/").body()).contains("lang=\"en\"");

        assertThat(http.get("/?lang=cy").statusCode()).isEqualTo(303);

        assertThat(http.get("/forum/").body()).as("the forum remembered English, but the cookie changed").contains("lang=\"cy\"");
        assertThat(http.get("/").body()).contains("lang=\"cy\"");
    }
}
