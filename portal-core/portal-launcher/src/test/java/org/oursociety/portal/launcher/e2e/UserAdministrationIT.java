package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * User administration over HTTP against the real portal: disabling reaches every WAR, only platform
 * admins get in, and everything lands in the audit log. Acts only on throw-away accounts.
 */
@ExtendWith(SharedPortal.class)
class UserAdministrationIT {

    static final List<String> WARS = List.of("", "/forum", "/budget", "/directory");

    private final RunningPortal portal;
    private final AdminApi api;
    private String adminToken;

    UserAdministrationIT(RunningPortal portal) {
        this.portal = portal;
        this.api = new AdminApi(portal);
    }

    @BeforeEach
    void signInAsAdmin() throws Exception {
        adminToken = api.token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
    }

    @Test
    void disablingEndsTheUsersSessionsInEveryWarAndEnablingLetsThemBackIn() throws Exception {
        String email = api.newResident("disabled");
        String userToken = api.token(email, AdminApi.PASSWORD);
        String id = findId(email);

        JsonNode disabled = api.json("POST", "/api/admin/users/" + id + "/disable", adminToken);
        Instant disabledAt = Instant.now();
        assertThat(disabled.path("disabled").asBoolean()).isTrue();

        for (String war : WARS) {
            Await.until(disabledAt.plusSeconds(5), war + " refusing the token",
                    () -> api.call("GET", war + "/api/me", userToken).statusCode() == 401);
        }
        HttpResponse<String> refused = new Http(portal).postJson("/api/session",
                "{\"email\":\"" + email + "\",\"password\":\"" + AdminApi.PASSWORD + "\"}");
        assertThat(refused.statusCode()).as("a disabled account cannot sign in").isEqualTo(401);
        assertThat(Http.json(refused).path("detail").asText()).as("the same answer as a wrong password").contains("not right");

        JsonNode enabled = api.json("POST", "/api/admin/users/" + id + "/enable", adminToken);
        assertThat(enabled.path("disabled").asBoolean()).isFalse();
        String again = api.token(email, AdminApi.PASSWORD);
        assertThat(api.call("GET", "/forum/api/me", again).statusCode()).isEqualTo(200);

        JsonNode audit = api.json("GET", "/api/admin/audit?target=" + AdminApi.q(email), adminToken);
        assertThat(audit.path("items").findValuesAsText("action")).containsExactly("user.enabled", "user.disabled");
        JsonNode disabling = audit.path("items").get(1);
        assertThat(disabling.path("actor").path("email").asText()).isEqualTo(RunningPortal.ADMIN_EMAIL);
        assertThat(disabling.path("target").path("id").asText()).isEqualTo(id);
        assertThat(disabling.path("details").path("sessionsRevoked").asText()).isEqualTo("1");
    }

    @Test
    void grantingAndRevokingPlatformAdmin() throws Exception {
        String email = api.newResident("promoted");
        String id = findId(email);

        assertThat(api.json("PUT", "/api/admin/users/" + id + "/platform-admin", adminToken).path("platformAdmin").asBoolean())
                .isTrue();
        String promotedToken = api.token(email, AdminApi.PASSWORD);
        assertThat(api.call("GET", "/api/admin/users", promotedToken).statusCode()).isEqualTo(200);

        assertThat(api.json("DELETE", "/api/admin/users/" + id + "/platform-admin", adminToken).path("platformAdmin").asBoolean())
                .isFalse();
        assertThat(api.call("GET", "/api/admin/users", promotedToken).statusCode())
                .as("refused at once, before the token expires").isIn(401, 403);

        JsonNode audit = api.json("GET", "/api/admin/audit?target=" + AdminApi.q(email), adminToken);
        assertThat(audit.path("items").findValuesAsText("action")).containsExactly("admin.revoked", "admin.granted");
    }

    @Test
    void anAdminCannotDisableThemselves() throws Exception {
        String id = findId(RunningPortal.ADMIN_EMAIL);

        HttpResponse<String> response = api.call("POST", "/api/admin/users/" + id + "/disable", adminToken);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Http.json(response).path("detail").asText()).contains("your own account");
    }

    @Test
    void onlyPlatformAdminsGetIn() throws Exception {
        String resident = api.newResident("resident");
        String residentToken = api.token(resident, AdminApi.PASSWORD);
        String someone = findId(RunningPortal.ADMIN_EMAIL);

        for (String[] call : List.of(new String[] {"GET", "/api/admin/users"}, new String[] {"GET", "/api/admin/audit"},
                new String[] {"POST", "/api/admin/users/" + someone + "/disable"},
                new String[] {"PUT", "/api/admin/users/" + someone + "/platform-admin"})) {
            HttpResponse<String> forbidden = api.call(call[0], call[1], residentToken);
            assertThat(forbidden.statusCode()).as(call[0] + " " + call[1]).isEqualTo(403);
            assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.call(call[0], call[1], null).statusCode()).as("anonymous " + call[1]).isEqualTo(401);
        }
        assertThat(api.call("GET", "/admin/users.xhtml", residentToken).statusCode()).as("page, resident").isEqualTo(404);
        HttpResponse<String> anonymousPage = api.call("GET", "/admin/audit.xhtml", null);
        assertThat(anonymousPage.statusCode()).isEqualTo(302);
        assertThat(anonymousPage.headers().firstValue("Location").orElse("")).contains("/login.xhtml?next=%2Fadmin%2Faudit.xhtml");
        assertThat(findId(RunningPortal.ADMIN_EMAIL)).as("nothing was changed").isEqualTo(someone);
    }

    @Test
    void theAdminPagesShowUsersAndTheLogAndTheLayoutLinksToThem() throws Exception {
        String email = api.newResident("listed");

        HttpResponse<String> users = api.call("GET", "/admin/users.xhtml", adminToken);
        HttpResponse<String> audit = api.call("GET", "/admin/audit.xhtml", adminToken);
        HttpResponse<String> index = api.call("GET", "/admin/index.xhtml", adminToken);

        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("id=\"users:q\"", "<label").contains("Disable");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("id=\"audit:entries\"");
        assertThat(index.body()).contains("id=\"portal-admin\"", "/admin/users.xhtml", "/admin/audit.xhtml");
        assertThat(api.call("GET", "/", api.token(email, AdminApi.PASSWORD)).body()).doesNotContain("id=\"portal-admin\"");
    }

    @Test
    void searchingFindsUsersByEmailOrNameAndRefusesBadInputClearly() throws Exception {
        String email = api.newResident("searchable");

        JsonNode byEmail = api.json("GET", "/api/admin/users?q=" + AdminApi.q(email.toUpperCase()), adminToken);
        JsonNode byName = api.json("GET", "/api/admin/users?q=" + AdminApi.q("Throwaway searchable"), adminToken);

        assertThat(byEmail.path("items").findValuesAsText("email")).containsExactly(email);
        assertThat(byName.path("items").findValuesAsText("email")).contains(email);
        HttpResponse<String> badPage = api.call("GET", "/api/admin/users?page=minus-one", adminToken);
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(Http.json(badPage).path("detail").asText()).contains("page");
        HttpResponse<String> badDate = api.call("GET", "/api/admin/audit?from=yesterday", adminToken);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(Http.json(badDate).path("detail").asText()).contains("from");
        assertThat(api.call("POST", "/api/admin/users/not-a-uuid/disable", adminToken).statusCode()).isEqualTo(404);
    }

    private String findId(String email) throws Exception {
        JsonNode found = api.json("GET", "/api/admin/users?q=" + AdminApi.q(email), adminToken);
        assertThat(found.path("total").asInt()).as(email).isEqualTo(1);
        return found.path("items").get(0).path("id").asText();
    }
}
