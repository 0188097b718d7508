package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The area tree over {@code /api/areas}: public reading, changes by admins, every refusal clear. */
@ExtendWith(SharedPortal.class)
class AreasApiIT {

    private final RunningPortal portal;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Http http;
    private String[] admin;

    AreasApiIT(RunningPortal portal) {
        this.portal = portal;
    }

    @BeforeEach
    void signInTheAdmin() throws Exception {
        http = new Http(portal);
        String token = new Http(portal).signIn(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD).path("token").asText();
        admin = new String[]{"Authorization", "Bearer " + token};
    }

    @Test
    void anyoneReadsTheTreeWithTheDemoWardsAndTheirPostcodes() throws Exception {
        HttpResponse<String> response = http.get("/api/areas");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode root = Http.json(response).get(0);
        assertThat(root.path("slug").asText()).isEqualTo("demo-borough");
        assertThat(root.path("type").asText()).isEqualTo("authority");
        assertThat(slugs(root.path("children"))).contains("hillcrest", "riverside");
        JsonNode riverside = Http.json(http.get("/api/areas/riverside"));
        assertThat(riverside.path("parent").asText()).isEqualTo("demo-borough");
        assertThat(riverside.path("type").asText()).isEqualTo("ward");
        assertThat(riverside.path("postcodes").toString()).isEqualTo("[\"DM1\"]");
        HttpResponse<String> missing = http.get("/api/areas/no-such-place");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void anAdminBuildsRenamesMovesAndArchivesAreasKeepingTheirIds() throws Exception {
        HttpResponse<String> created = create("north-" + run, "North District", "district", "demo-borough",
                ",\"postcodes\":[\"dm3\", \"dm4 1ab\"]");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/areas/north-" + run));
        assertThat(Http.json(created).path("postcodes").toString()).isEqualTo("[\"DM3\",\"DM4 1AB\"]");
        String wardId = Http.json(create("quay-" + run, "Quay", "ward", "north-" + run, "")).path("id").asText();

        HttpResponse<String> cycle = patch("north-" + run, "{\"parent\":\"quay-" + run + "\"}");
        assertThat(cycle.statusCode()).isEqualTo(409);
        assertThat(Http.json(cycle).path("detail").asText()).contains("cannot move under");
        assertThat(Http.json(http.get("/api/areas/north-" + run)).path("parent").asText()).isEqualTo("demo-borough");

        JsonNode renamed = Http.json(patch("quay-" + run, "{\"name\":\"Quayside\",\"parent\":\"demo-borough\"}"));
        assertThat(renamed.path("id").asText()).isEqualTo(wardId);
        assertThat(renamed.path("name").asText()).isEqualTo("Quayside");
        assertThat(renamed.path("parent").asText()).isEqualTo("demo-borough");

        patch("quay-" + run, "{\"parent\":\"north-" + run + "\"}");
        HttpResponse<String> early = http.postJson("/api/areas/north-" + run + "/archive", "", admin);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(Http.json(early).path("detail").asText()).contains("archive or move them first");
        assertThat(http.postJson("/api/areas/quay-" + run + "/archive", "", admin).statusCode()).isEqualTo(200);
        assertThat(http.postJson("/api/areas/north-" + run + "/archive", "", admin).statusCode()).isEqualTo(200);

        assertThat(http.get("/api/areas").body()).doesNotContain("north-" + run);
        assertThat(http.get("/api/areas?archived=true").body()).contains("north-" + run, "quay-" + run);
        assertThat(Http.json(http.get("/api/areas/quay-" + run)).path("archived").asBoolean()).isTrue();
        assertThat(create("late-" + run, "Late", "ward", "north-" + run, "").statusCode())
                .as("nothing is added under an archived area").isEqualTo(409);
    }

    @Test
    void badInputIsRefusedWithAClearReasonAndNothingSaved() throws Exception {
        assertRefused(create("Bad Slug", "Bad", "ward", "demo-borough", ""), 400, "slug");
        assertRefused(create("riverside", "Another Riverside", "ward", "demo-borough", ""), 409, "taken");
        assertRefused(create("lost-" + run, "Lost", "ward", "atlantis", ""), 400, "no area \"atlantis\"");
        assertRefused(create("county-" + run, "County", "county", "demo-borough", ""), 400, "type");
        assertRefused(create("second-" + run, "Second Council", "authority", null, ""), 400, "exists already");
        assertRefused(create("nested-" + run, "Nested", "authority", "demo-borough", ""), 400, "root");
        assertRefused(create("badpost-" + run, "Bad Postcodes", "ward", "demo-borough", ",\"postcodes\":[\"DM1\",\"banana\"]"),
                400, "\"banana\" is not a UK postcode");
        assertThat(http.get("/api/areas/badpost-" + run).statusCode()).as("nothing half-saved").isEqualTo(404);
        assertRefused(patch("riverside", "{\"name\":\"\"}"), 400, "name");
        assertRefused(http.postJson("/api/areas/demo-borough/archive", "", admin), 409, "authority");
        assertRefused(http.postJson("/api/areas", "{\"slug\":", admin), 400, "JSON");
        assertThat(Http.json(http.get("/api/areas/riverside")).path("name").asText()).isEqualTo("Riverside");
    }

    @Test
    void onlyAdminsChangeAreas() throws Exception {
        String resident = new Http(portal).signIn(SessionApiIT.TOM, SessionApiIT.RESIDENT_PASSWORD).path("token").asText();
        String body = "{\"slug\":\"mine-" + run + "\",\"name\":\"Mine\",\"type\":\"ward\",\"parent\":\"demo-borough\"}";

        assertRefused(http.postJson("/api/areas", body), 401, "Sign in");
        assertRefused(http.postJson("/api/areas", body, "Authorization", "Bearer " + resident), 403, "administrators");
        assertRefused(http.sendJson("PATCH", "/api/areas/riverside", "{\"name\":\"Mine\"}", "Authorization", "Bearer " + resident),
                403, "administrators");
        assertRefused(http.postJson("/api/areas/riverside/archive", "", "Authorization", "Bearer " + resident), 403, "administrators");
        assertThat(http.get("/api/areas/mine-" + run).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> create(String slug, String name, String type, String parent, String more) throws Exception {
        String json = "{\"slug\":\"" + slug + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\""
                + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + more + "}";
        return http.postJson("/api/areas", json, admin);
    }

    private HttpResponse<String> patch(String slug, String json) throws Exception {
        return http.sendJson("PATCH", "/api/areas/" + slug, json, admin);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(Http.json(response).path("detail").asText()).containsIgnoringCase(reason);
    }

    private static List<String> slugs(JsonNode nodes) {
        List<String> slugs = new ArrayList<>();
        nodes.forEach(n -> slugs.add(n.path("slug").asText()));
        return slugs;
    }
}
