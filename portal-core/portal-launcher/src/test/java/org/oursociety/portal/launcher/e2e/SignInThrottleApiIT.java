package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in throttling over HTTP against the real portal. Only throw-away emails are locked: the portal
 * is shared with the other end-to-end tests, which sign in with the demo accounts.
 */
@ExtendWith(SharedPortal.class)
class SignInThrottleApiIT {

    private final RunningPortal portal;
    private final AdminApi admin;

    SignInThrottleApiIT(RunningPortal portal) {
        this.portal = portal;
        this.admin = new AdminApi(portal);
    }

    @Test
    void fiveFailuresLockARealAndAnUnknownEmailAlikeEvenForTheRightPasswordAndTheLocksAreAudited() throws Exception {
        String real = admin.newResident("locked");
        String unknown = "nobody-" + UUID.randomUUID() + "@throwaway.example.org";
        Http http = new Http(portal);

        for (String email : List.of(real, unknown)) {
            for (int i = 0; i < 5; i++) {
                assertThat(signIn(http, email, "wrong-password-" + i).statusCode()).as("failure " + (i + 1)).isEqualTo(401);
            }
        }
        HttpResponse<String> realLocked = signIn(http, real, AdminApi.PASSWORD);
        HttpResponse<String> unknownLocked = signIn(http, unknown, "wrong-password");

        for (HttpResponse<String> response : List.of(realLocked, unknownLocked)) {
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(800L, 900L);
            assertThat(Http.json(response).path("detail").asText()).contains("Too many failed attempts").contains("15 minutes");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
        assertThat(realLocked.body()).as("no hint whether the account exists").isEqualTo(unknownLocked.body());

        String adminToken = admin.token(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);
        for (String email : List.of(real, unknown)) {
            JsonNode audit = admin.json("GET", "/api/admin/audit?action=signin.locked&target=" + AdminApi.q(email), adminToken);
            assertThat(audit.path("total").asInt()).as(email).isEqualTo(1);
            JsonNode entry = audit.path("items").get(0);
            assertThat(entry.path("target").path("type").asText()).isEqualTo("email");
            assertThat(entry.path("actor").isMissingNode()).as("no actor: nobody was signed in").isTrue();
            assertThat(entry.path("clientAddress").asText()).isNotBlank();
        }
    }

    @Test
    void aSuccessResetsTheCount() throws Exception {
        String email = admin.newResident("reset");
        Http http = new Http(portal);

        for (int i = 0; i < 4; i++) {
            assertThat(signIn(http, email, "wrong-password").statusCode()).isEqualTo(401);
        }
        assertThat(signIn(http, email, AdminApi.PASSWORD).statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(http, email, "wrong-password").statusCode()).as("counting starts afresh").isEqualTo(401);
        }
        assertThat(signIn(http, email, AdminApi.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysWhyItRefuses() throws Exception {
        String email = "page-" + UUID.randomUUID() + "@throwaway.example.org";
        Http http = new Http(portal);
        for (int i = 0; i < 5; i++) {
            signIn(http, email, "wrong-password");
        }

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(portal.url("/login.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(viewState.find()).as("the form's view state").isTrue();
        // PrimeFaces' CSP mode: its script adds the page's nonce to every form it submits, as a browser would.
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        assertThat(nonce.find()).as("the page's CSP nonce").isTrue();
        String form = "login=login&login%3Aemail=" + AdminApi.q(email) + "&login%3Apassword=wrong-password"
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + AdminApi.q(viewState.group(1))
                + "&primefaces.nonce=" + AdminApi.q(nonce.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(portal.url("/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Too many failed attempts to sign in. Wait 15 minutes and try again.");
    }

    private static HttpResponse<String> signIn(Http http, String email, String password) throws Exception {
        return http.postJson("/api/session", Http.JSON.writeValueAsString(java.util.Map.of("email", email, "password", password)));
    }
}
