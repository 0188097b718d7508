package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Modules switched per area: their area pages, their navigation entries, in every WAR, within 5 seconds. */
@ExtendWith(SharedPortal.class)
class AreaModulesIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    private final RunningPortal portal;
    private final String ward = "switch-" + UUID.randomUUID().toString().substring(0, 8);
    private Http http;
    private String[] admin;

    AreaModulesIT(RunningPortal portal) {
        this.portal = portal;
    }

    @BeforeEach
    void aFreshWardUnderTheDemoBorough() throws Exception {
        http = new Http(portal);
        admin = new String[]{"Authorization", "Bearer "
                + new Http(portal).signIn(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD).path("token").asText()};
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Switch Ward\","
                + "\"type\":\"ward\",\"parent\":\"demo-borough\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aWardInheritsTheModulesSwitchedOnAboveIt() throws Exception {
        // a new area reaches each WAR with its next refresh of the areas
        await(() -> http.get("/api/areas/" + ward + "/modules").body().contains("\"href\":\"/forum/" + ward + "/\"")
                && http.get("/forum/" + ward + "/").statusCode() == 200);

        String modules = http.get("/api/areas/" + ward + "/modules").body();
        assertThat(modules).contains("\"id\":\"forum\"", "\"id\":\"budget\"", "\"id\":\"directory\"");
        HttpResponse<String> page = http.get("/forum/" + ward + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Forum in Switch Ward", "id=\"portal-area-name\">Switch Ward</strong>",
                "id=\"nav-budget\" href=\"/budget/" + ward + "/\"");
    }

    @Test
    void switchingTheForumOffRemovesItsAreaPagesAndNavigationEverywhereAndOnBringsThemBack() throws Exception {
        await(() -> http.get("/forum/" + ward + "/").statusCode() == 200);

        HttpResponse<String> off = http.sendJson("PUT", "/api/areas/" + ward + "/modules/forum", "{\"enabled\":false}", admin);
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(off.body()).doesNotContain("\"id\":\"forum\"").contains("\"id\":\"budget\"");

        Instant switched = Instant.now();
        await(() -> http.get("/forum/" + ward + "/").statusCode() == 404
                && !http.get("/budget/" + ward + "/").body().contains("id=\"nav-forum\"")
                && !http.get("/directory/" + ward + "/").body().contains("id=\"nav-forum\"")
                && !http.get("/?area=" + ward).body().contains("id=\"nav-forum\""));
        assertThat(Duration.between(switched, Instant.now())).isLessThan(WITHIN);
        HttpResponse<String> notFound = http.get("/forum/" + ward + "/");
        assertThat(notFound.body()).as("the shared not-found page, with a way back").contains("id=\"portal-header\"", "href=\"/\"");
        assertThat(http.get("/forum/riverside/").statusCode()).as("the neighbour keeps its forum").isEqualTo(200);

        assertThat(http.sendJson("PUT", "/api/areas/" + ward + "/modules/forum", "{\"enabled\":true}", admin).statusCode())
                .isEqualTo(200);
        Instant back = Instant.now();
        await(() -> http.get("/forum/" + ward + "/").statusCode() == 200
                && http.get("/budget/" + ward + "/").body().contains("id=\"nav-forum\""));
        assertThat(Duration.between(back, Instant.now())).isLessThan(WITHIN);
    }

    @Test
    void aSignedInResidentLandsInTheirHomeArea() throws Exception {
        String email = ThrowawayAccounts.create(portal, "Home Maker");
        try (var db = portal.database(); var s = db.createStatement()) {
            s.executeUpdate("update core.user_account set home_area_id = (select id from core.area where slug = 'riverside')"
                    + " where email = '" + email + "'");
        }
        Http resident = new Http(portal);
        resident.signIn(email, ThrowawayAccounts.PASSWORD);

        String home = resident.get("/").body();

        assertThat(home).contains("id=\"portal-area-name\">Riverside</strong>", "href=\"/forum/riverside/\"");
        assertThat(http.get("/").body()).as("a visitor starts at the authority")
                .contains("id=\"portal-area-name\">Demo Borough Council</strong>");
        assertThat(resident.get("/?area=hillcrest").body()).as("the URL's area comes first")
                .contains("id=\"portal-area-name\">Hillcrest</strong>");
    }

    @Test
    void switchesAreRefusedClearly() throws Exception {
        String resident = new Http(portal).signIn(SessionApiIT.TOM, SessionApiIT.RESIDENT_PASSWORD).path("token").asText();

        HttpResponse<String> unknown = http.sendJson("PUT", "/api/areas/" + ward + "/modules/chess", "{\"enabled\":true}", admin);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknown).path("detail").asText()).contains("no module \"chess\"");
        assertThat(http.sendJson("PUT", "/api/areas/" + ward + "/modules/forum", "{}", admin).statusCode()).isEqualTo(400);
        assertThat(http.sendJson("PUT", "/api/areas/atlantis/modules/forum", "{\"enabled\":false}", admin).statusCode())
                .isEqualTo(404);
        assertThat(http.sendJson("PUT", "/api/areas/" + ward + "/modules/forum", "{\"enabled\":false}",
                "Authorization", "Bearer " + resident).statusCode()).isEqualTo(403);
        assertThat(http.sendJson("PUT", "/api/areas/" + ward + "/modules/forum", "{\"enabled\":false}").statusCode())
                .isEqualTo(401);
        assertThat(http.get("/forum/atlantis/").statusCode()).as("an unknown area").isEqualTo(404);
        assertThat(http.get("/forum/area.xhtml").statusCode()).as("the area page only through an area").isEqualTo(404);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(WITHIN).plusSeconds(5);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + WITHIN.plusSeconds(5).toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }
}
