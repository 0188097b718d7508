package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Download my data" and "Delete my account" over HTTP against the real portal with all four WARs. */
@ExtendWith(SharedPortal.class)
class PrivacyApiIT {

    private final RunningPortal portal;
    private Http http;

    PrivacyApiIT(RunningPortal portal) {
        this.portal = portal;
    }

    @BeforeEach
    void newBrowser() {
        http = new Http(portal);
    }

    @Test
    void theDownloadIsAJsonFileWithTheAccountItsSessionsAndAPartFromEveryModule() throws Exception {
        String email = ThrowawayAccounts.create(portal, "Nia Download");
        http.signIn(email, ThrowawayAccounts.PASSWORD);

        HttpResponse<String> download = http.get("/api/me/data");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment;").contains("filename=\"our-society-my-data-");
        JsonNode export = Http.json(download);
        assertThat(export.path("format").asText()).isEqualTo("oursociety-personal-data/1");
        assertThat(export.path("account").path("email").asText()).isEqualTo(email);
        assertThat(export.path("account").path("display_name").asText()).isEqualTo("Nia Download");
        assertThat(export.path("account").has("created_at")).isTrue();
        assertThat(export.path("account").has("password_hash")).isFalse();
        assertThat(export.path("sessions")).hasSize(1);
        assertThat(export.path("sessions").get(0).has("createdAt")).isTrue();
        for (String module : new String[]{"forum", "budget", "directory"}) {
            assertThat(export.path("modules").path(module).path("status").asText()).as(module).isEqualTo("included");
            assertThat(export.path("modules").path(module).path("sections").isObject()).as(module).isTrue();
        }
        assertThat(download.body()).doesNotContain("pbkdf2").doesNotContain("PBKDF2");
    }

    @Test
    void everyModuleAnswersItsPartForTheTokensUserOnly() throws Exception {
        String token = http.signIn(ThrowawayAccounts.create(portal, "Oli Parts"), ThrowawayAccounts.PASSWORD)
                .path("token").asText();

        for (String war : SessionApiIT.WARS) {
            HttpResponse<String> part = new Http(portal).get(war + "/api/me/data-part", "Authorization", "Bearer " + token);
            assertThat(part.statusCode()).as(war).isEqualTo(200);
            assertThat(Http.json(part).path("sections").isObject()).as(war).isTrue();
            HttpResponse<String> anonymous = new Http(portal).get(war + "/api/me/data-part");
            assertThat(anonymous.statusCode()).as(war + " anonymous").isEqualTo(401);
        }
    }

    @Test
    void anonymousVisitorsGetNoDataAndThePrivacyPageSendsThemToSignIn() throws Exception {
        assertThat(http.get("/api/me/data").statusCode()).isEqualTo(401);

        HttpResponse<String> page = http.get("/account/privacy.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse(""))
                .contains("/login.xhtml?next=%2Faccount%2Fprivacy.xhtml");
    }

    @Test
    void deletingTheAccountEndsItEverywhereAndFreesTheAddress() throws Exception {
        String email = ThrowawayAccounts.create(portal, "Pat Leaving");
        JsonNode signedIn = http.signIn(email, ThrowawayAccounts.PASSWORD);
        String token = signedIn.path("token").asText();
        String csrf = signedIn.path("csrfToken").asText();
        String otherSession = new Http(portal).signIn(email, ThrowawayAccounts.PASSWORD).path("token").asText();

        HttpResponse<String> deleted = delete(http, password(ThrowawayAccounts.PASSWORD), "X-CSRF-Token", csrf);
        Instant deletedAt = Instant.now();

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(deleted.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("portal_session=;"));
        for (String war : SessionApiIT.WARS) {
            for (String session : new String[]{token, otherSession}) {
                Await.until(deletedAt.plusSeconds(5), war + " refusing a token",
                        () -> http.get(war + "/api/me", "Authorization", "Bearer " + session).statusCode() == 401);
            }
        }
        HttpResponse<String> signIn = http.postJson("/api/session",
                Http.JSON.writeValueAsString(Map.of("email", email, "password", ThrowawayAccounts.PASSWORD)));
        assertThat(signIn.statusCode()).as("signing in again").isEqualTo(401);
        assertThat(accountsWith(email)).as("no row holds the address any more").isZero();
        assertThatCode(() -> ThrowawayAccounts.insert(portal, email, "Someone New")).as("the address is free").doesNotThrowAnyException();
        assertThat(new Http(portal).signIn(email, ThrowawayAccounts.PASSWORD).path("user").path("displayName").asText())
                .isEqualTo("Someone New");
    }

    @Test
    void aWrongPasswordDeletesNothing() throws Exception {
        String email = ThrowawayAccounts.create(portal, "Quinn Staying");
        JsonNode signedIn = http.signIn(email, ThrowawayAccounts.PASSWORD);
        String csrf = signedIn.path("csrfToken").asText();

        HttpResponse<String> wrong = delete(http, password("not-my-password"), "X-CSRF-Token", csrf);
        HttpResponse<String> empty = delete(http, "{}", "X-CSRF-Token", csrf);
        HttpResponse<String> noCsrf = delete(http, password(ThrowawayAccounts.PASSWORD));

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Http.json(wrong).path("detail").asText()).contains("password is not right").contains("nothing was deleted");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Http.json(empty).path("detail").asText()).contains("password");
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(Http.json(noCsrf).path("detail").asText()).contains("X-CSRF-Token");
        // A witness signs out after the refused deletions; once the forum refuses the witness, its revocation
        // list has been read since then, so a revocation made by the refused deletions would show too.
        // (A bearer token, not a cookie: a signed-out cookie would simply be gone from the client.)
        String witness = "Bearer " + new Http(portal).signIn(ThrowawayAccounts.create(portal, "Wes Witness"),
                ThrowawayAccounts.PASSWORD).path("token").asText();
        Http bearer = new Http(portal);
        assertThat(bearer.get("/forum/api/me", "Authorization", witness).statusCode()).isEqualTo(200);
        assertThat(bearer.delete("/api/session", "Authorization", witness).statusCode()).isEqualTo(204);
        Await.until(Await.DEFAULT, "the forum seeing the witness sign out",
                () -> bearer.get("/forum/api/me", "Authorization", witness).statusCode() == 401);
        assertThat(http.get("/forum/api/me").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(Http.json(http.get("/api/me/data")).path("account").path("email").asText()).isEqualTo(email);
    }

    @Test
    void aBearerTokenDeletesWithoutCsrfHeader() throws Exception {
        String email = ThrowawayAccounts.create(portal, "Rae Bearer");
        String token = new Http(portal).signIn(email, ThrowawayAccounts.PASSWORD).path("token").asText();

        HttpResponse<String> deleted = delete(http, password(ThrowawayAccounts.PASSWORD), "Authorization", "Bearer " + token);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(http.postJson("/api/session",
                Http.JSON.writeValueAsString(Map.of("email", email, "password", ThrowawayAccounts.PASSWORD))).statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> delete(Http client, String body, String... headers) throws Exception {
        // Http has no DELETE with a body; send one with the same cookies.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url("/api/me")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newBuilder().cookieHandler(client.cookies()).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String password(String password) throws Exception {
        return Http.JSON.writeValueAsString(Map.of("password", password));
    }

    private long accountsWith(String email) throws Exception {
        try (Connection c = portal.database(); PreparedStatement select = c.prepareStatement(
                "select count(*) from core.user_account where email = ?")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
