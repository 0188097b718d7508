package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/areas/{slug}/roles}: granting, revoking, listing, refusing, auditing, and reaching module WARs. */
@ExtendWith(SharedPortal.class)
class AreaRolesApiIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    private final RunningPortal portal;
    private final AdminApi api;
    private final Http http;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String ward = "roles-" + run;
    private String[] admin;

    AreaRolesApiIT(RunningPortal portal) {
        this.portal = portal;
        this.api = new AdminApi(portal);
        this.http = new Http(portal);
    }

    @BeforeEach
    void aWardUnderTheDemoBorough() throws Exception {
        admin = bearer(api.token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD));
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Roles Ward\","
                + "\"type\":\"ward\",\"parent\":\"demo-borough\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void grantsAndRevocationsAreIdempotentListedAndAudited() throws Exception {
        String email = api.newResident("moderator");
        String user = userId(email);

        HttpResponse<String> first = put(ward, user, "moderator", admin);
        HttpResponse<String> again = put(ward, user, "moderator", admin);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Http.json(first).path("changed").asBoolean()).isTrue();
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.json(again).path("changed").asBoolean()).as("a repeat changes nothing").isFalse();

        JsonNode holders = Http.json(http.get("/api/areas/" + ward + "/roles", admin));
        assertThat(holders).hasSize(1);
        assertThat(holders.get(0).path("email").asText()).isEqualTo(email);
        assertThat(holders.get(0).path("role").asText()).isEqualTo("moderator");
        assertThat(holders.get(0).path("area").asText()).isEqualTo(ward);
        assertThat(holders.get(0).path("inherited").asBoolean()).isFalse();

        assertThat(http.delete("/api/areas/" + ward + "/roles/" + user + "/moderator", admin).statusCode()).isEqualTo(204);
        assertThat(http.delete("/api/areas/" + ward + "/roles/" + user + "/moderator", admin).statusCode()).isEqualTo(204);
        assertThat(Http.json(http.get("/api/areas/" + ward + "/roles", admin))).isEmpty();

        assertThat(audited("area.role-granted", email)).as("one entry, not one per repeat").isEqualTo(1);
        assertThat(audited("area.role-revoked", email)).isEqualTo(1);
    }

    @Test
    void anAreaAdminSeesTheRolesOfTheirAreasWithThoseInheritedFromAbove() throws Exception {
        String sub = "roles-sub-" + run;
        http.postJson("/api/areas", "{\"slug\":\"" + sub + "\",\"name\":\"Sub\",\"type\":\"neighbourhood\",\"parent\":\""
                + ward + "\"}", admin);
        String wardAdmin = api.newResident("ward-admin");
        put(ward, userId(wardAdmin), "area-admin", admin);
        String token = api.token(wardAdmin, AdminApi.PASSWORD);

        JsonNode holders = Http.json(http.get("/api/areas/" + sub + "/roles", bearer(token)));
        assertThat(holders).hasSize(1);
        assertThat(holders.get(0).path("area").asText()).isEqualTo(ward);
        assertThat(holders.get(0).path("inherited").asBoolean()).isTrue();
        assertThat(http.get("/api/areas/riverside/roles", bearer(token)).statusCode()).as("not their area").isEqualTo(403);
        assertThat(http.get("/api/areas/" + ward + "/roles").statusCode()).isEqualTo(401);
    }

    @Test
    void badRequestsAreRefusedClearlyAndChangeNothing() throws Exception {
        String user = userId(api.newResident("refused"));
        String stranger = api.token(api.newResident("stranger"), AdminApi.PASSWORD);

        assertRefused(put(ward, user, "emperor", admin), 400, "no role \"emperor\"");
        assertRefused(put(ward, UUID.randomUUID().toString(), "moderator", admin), 400, "no user");
        assertRefused(put(ward, "not-a-uuid", "moderator", admin), 400, "not a user id");
        assertRefused(put("atlantis-" + run, user, "moderator", admin), 404, "no area");
        assertRefused(put(ward, user, "moderator", bearer(stranger)), 403, "administrators of");
        assertRefused(put(ward, user, "moderator"), 401, "Sign in");
        assertRefused(http.delete("/api/areas/" + ward + "/roles/" + user + "/moderator", bearer(stranger)), 403,
                "administrators of");
        assertThat(count("select count(*) from core.area_role where user_id = '" + user + "'")).isZero();
    }

    @Test
    void areaChangesAndModuleSwitchesAreAudited() throws Exception {
        http.sendJson("PATCH", "/api/areas/" + ward, "{\"name\":\"Audited Ward\"}", admin);
        http.sendJson("PUT", "/api/areas/" + ward + "/modules/forum", "{\"enabled\":false}", admin);
        http.postJson("/api/areas/" + ward + "/archive", "", admin);

        for (String action : List.of("area.created", "area.changed", "area.module-switched", "area.archived")) {
            assertThat(audited(action, ward)).as(action).isEqualTo(1);
        }
    }

    @Test
    void aGrantReachesAModuleWarWithinFiveSecondsAndSoDoesItsRevocation() throws Exception {
        String email = api.newResident("forum-moderator");
        String user = userId(email);
        String[] moderator = bearer(api.token(email, AdminApi.PASSWORD));
        Await.until(() -> http.get("/forum/api/me/permissions/" + ward, moderator).statusCode() == 200);
        assertThat(permissions("/forum/api/me/permissions/" + ward, moderator)).doesNotContain("forum.moderate");

        put(ward, user, "moderator", admin);
        Instant granted = Instant.now();
        Await.until(() -> permissions("/forum/api/me/permissions/" + ward, moderator).contains("forum.moderate"));
        assertThat(Duration.between(granted, Instant.now())).isLessThan(WITHIN);
        assertThat(permissions("/budget/api/me/permissions/" + ward, moderator)).as("the same answer in every WAR")
                .containsExactly("forum.moderate");
        assertThat(permissions("/forum/api/me/permissions/riverside", moderator)).as("only in their area").isEmpty();

        http.delete("/api/areas/" + ward + "/roles/" + user + "/moderator", admin);
        Instant revoked = Instant.now();
        Await.until(() -> !permissions("/forum/api/me/permissions/" + ward, moderator).contains("forum.moderate"));
        assertThat(Duration.between(revoked, Instant.now())).isLessThan(WITHIN);
        assertThat(http.get("/forum/api/me/permissions/" + ward).statusCode()).isEqualTo(401);
        assertThat(http.get("/forum/api/me/permissions/atlantis-" + run, moderator).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> put(String slug, String user, String role, String... auth) throws Exception {
        return http.sendJson("PUT", "/api/areas/" + slug + "/roles/" + user + "/" + role, "", auth);
    }

    private List<String> permissions(String path, String[] auth) throws Exception {
        HttpResponse<String> response = http.get(path, auth);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> held = new ArrayList<>();
        Http.json(response).path("permissions").forEach(p -> held.add(p.asText()));
        return held;
    }

    private int audited(String action, String label) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select count(*) from core.audit_entry where action = ? and target_label = ?")) {
            s.setString(1, action);
            s.setString(2, label);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private int count(String sql) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet row = s.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private String userId(String email) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select id from core.user_account where email = ?")) {
            s.setString(1, email);
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static String[] bearer(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(Http.json(response).path("detail").asText()).containsIgnoringCase(reason);
    }
}
