package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every refusal, whichever feature or filter says it, is the same problem+json (portal-api's {@code Refusal}
 * through {@code RefusalMapper} or {@code RefusalResponse}): the HTTP status repeated in {@code status}, its
 * reason phrase as {@code title}, {@code type} {@code about:blank}, a sentence in {@code detail}, and
 * {@code errors} only as an object of field messages, naming exactly the fields at fault. The English
 * sentences are the ones the API has always given; a refusal is said in the reader's language.
 */
@ExtendWith(SharedPortal.class)
class RefusalShapeIT {

    private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "errors");

    private final RunningPortal portal;
    private final AdminApi api;
    private final Http http;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    RefusalShapeIT(RunningPortal portal) {
        this.portal = portal;
        this.api = new AdminApi(portal);
        this.http = new Http(portal);
    }

    @Test
    void everyFeatureRefusesInOneShape() throws Exception {
        String[] admin = bearer(api.token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD));
        String residentEmail = api.newResident("refused");
        String[] resident = bearer(api.token(residentEmail, AdminApi.PASSWORD));
        String ward = "refusals-" + run;
        HttpResponse<String> created = http.postJson("/api/areas", "{\"slug\":\"" + ward + "\",\"name\":\"Refusals\","
                + "\"type\":\"ward\",\"parent\":\"demo-borough\"}", admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String atlantis = "atlantis-" + run;

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("areas: unknown area", http.sendJson("PATCH", "/api/areas/" + atlantis, "{\"name\":\"X\"}", admin),
                404, "There is no area \"" + atlantis + "\"."));
        cases.add(new Case("areas: unknown parent", http.postJson("/api/areas", "{\"slug\":\"x-" + run
                + "\",\"name\":\"X\",\"type\":\"ward\",\"parent\":\"" + atlantis + "\"}", admin),
                400, "There is no area \"" + atlantis + "\" to be the parent."));
        cases.add(new Case("areas: not theirs", http.sendJson("PATCH", "/api/areas/" + ward, "{\"name\":\"X\"}", resident),
                403, "You may not change the area \"" + ward + "\" (only its administrators may)."));
        cases.add(new Case("areas: slug taken", http.postJson("/api/areas", "{\"slug\":\"" + ward
                + "\",\"name\":\"Again\",\"type\":\"ward\",\"parent\":\"demo-borough\"}", admin),
                409, "The slug \"" + ward + "\" is taken; choose another."));
        cases.add(new Case("roles: unknown role", http.sendJson("PUT", "/api/areas/" + ward + "/roles/"
                + UUID.randomUUID() + "/emperor", "", admin),
                400, "There is no role \"emperor\"; the roles are \"area-admin\" and \"moderator\"."));
        cases.add(new Case("modules: unknown module", http.sendJson("PUT", "/api/areas/" + ward + "/modules/chess",
                "{\"enabled\":true}", admin),
                400, "There is no module \"chess\"; modules register themselves when they are deployed."));
        cases.add(new Case("residence: not an admin", http.get("/api/areas/" + ward + "/residence/pending", resident),
                403, null));
        cases.add(new Case("user admin: unknown user", http.postJson("/api/admin/users/" + UUID.randomUUID() + "/disable",
                "", admin), 404, "There is no user with this id."));
        cases.add(new Case("admin filter: anonymous", http.get("/api/admin/users"), 401, "Sign in to use this."));
        cases.add(new Case("user admin: not an admin", http.get("/api/admin/users", resident),
                403, "Only platform administrators may use this."));
        cases.add(new Case("user admin: bad page", http.get("/api/admin/users?page=minus-one", admin),
                400, "\"page\" must be a number from 0 to 100000.", "page"));
        cases.add(new Case("audit: not an admin", http.get("/api/admin/audit?from=yesterday", resident),
                403, "Only platform administrators may use this."));
        cases.add(new Case("audit: bad date", http.get("/api/admin/audit?from=yesterday", admin), 400, null, "from"));
        cases.add(new Case("accounts: bad registration", http.postJson("/api/users",
                "{\"email\":\"not an address\",\"displayName\":\"\",\"password\":\"x\"}"),
                400, "Some fields need changing; each one says what is wrong.", "email", "displayName", "password"));
        cases.add(new Case("accounts: bad registration, in Welsh", http.postJson("/api/users",
                "{\"email\":\"not an address\",\"displayName\":\"Ann\",\"password\":\"a brand new passphrase 2026\"}",
                "Accept-Language", "cy"),
                400, "Mae angen newid rhai meysydd; mae pob un yn dweud beth sydd o'i le.", "email"));
        cases.add(new Case("accounts: confirmation without a token", http.postJson("/api/users/confirm", "{}"),
                400, "Some fields need changing; each one says what is wrong.", "token"));
        cases.add(new Case("accounts: wrong current password", http.postJson("/api/me/password",
                "{\"currentPassword\":\"not-the-password\",\"newPassword\":\"a brand new passphrase 2026\"}", resident),
                400, null, "currentPassword"));
        Http cookie = new Http(portal);
        cookie.signIn(residentEmail, AdminApi.PASSWORD);
        cases.add(new Case("csrf: cookie without the header", cookie.delete("/api/session"),
                403, "Send the csrfToken from sign-in in the X-CSRF-Token header."));
        cases.add(new Case("a module off in the area", http.get("/forum/api/areas/" + atlantis + "/topics"),
                404, "This service is not available in that area."));

        String locked = "nobody-" + run + "@throwaway.example.org";
        List<HttpResponse<String>> signIns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            signIns.add(http.postJson("/api/session",
                    Http.JSON.writeValueAsString(Map.of("email", locked, "password", "wrong"))));
        }
        HttpResponse<String> signIn = signIns.get(5);
        cases.add(new Case("sign-in: wrong password", signIns.get(0), 401, "The email address or the password is not right."));
        cases.add(new Case("sign-in: throttled", signIn, 429, "Too many failed attempts to sign in. Try again in 15 minutes."));

        for (Case refusal : cases) {
            assertOneShape(refusal);
        }
        assertThat(signIn.headers().firstValue("Retry-After")).as("429 says when").isPresent();
    }

    private static void assertOneShape(Case refusal) throws Exception {
        HttpResponse<String> response = refusal.response();
        assertThat(response.statusCode()).as(refusal.what() + ": " + response.body()).isEqualTo(refusal.status());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(refusal.what())
                .startsWith("application/problem+json");
        JsonNode problem = Http.json(response);
        List<String> members = new ArrayList<>();
        problem.fieldNames().forEachRemaining(members::add);
        assertThat(MEMBERS).as(refusal.what() + " has only the problem's members").containsAll(members);
        assertThat(problem.path("type").asText()).as(refusal.what()).isEqualTo("about:blank");
        assertThat(problem.path("status").asInt()).as(refusal.what()).isEqualTo(refusal.status());
        assertThat(problem.path("title").asText()).as(refusal.what()).isEqualTo(reasonPhrase(refusal.status()));
        assertThat(problem.path("detail").asText()).as(refusal.what()).isNotBlank();
        if (refusal.detail() != null) {
            assertThat(problem.path("detail").asText()).as(refusal.what()).isEqualTo(refusal.detail());
        }
        if (problem.has("errors")) {
            assertThat(problem.path("errors").isObject()).as(refusal.what()).isTrue();
            problem.path("errors").forEach(message -> assertThat(message.isTextual()).isTrue());
        }
        List<String> fields = new ArrayList<>();
        problem.path("errors").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as(refusal.what() + ": the fields at fault").containsExactlyInAnyOrder(refusal.fields());
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            default -> throw new IllegalArgumentException("no case for " + status);
        };
    }

    private static String[] bearer(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }

    private record Case(String what, HttpResponse<String> response, int status, String detail, String... fields) {
    }
}
