package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in across the four WARs, over HTTP against the real portal. */
@ExtendWith(SharedPortal.class)
class SessionApiIT {

    static final List<String> WARS = List.of("", "/forum", "/budget", "/directory");
    static final String AMIRA = "amira@demo.oursociety.org";
    static final String TOM = "tom@demo.oursociety.org";
    static final String RESIDENT_PASSWORD = "demo-resident-2026";

    private final RunningPortal portal;
    private Http http;

    SessionApiIT(RunningPortal portal) {
        this.portal = portal;
    }

    @BeforeEach
    void newBrowser() {
        http = new Http(portal);
    }

    @Test
    void signingInSetsTheSessionCookieAndAnswersTokenCsrfTokenAndUser() throws Exception {
        HttpResponse<String> response = http.postJson("/api/session",
                "{\"email\":\"  Amira@Demo.OurSociety.org \",\"password\":\"" + RESIDENT_PASSWORD + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("portal_session=").contains("HttpOnly", "SameSite=Lax", "Path=/");
        JsonNode body = Http.json(response);
        assertThat(body.path("token").asText()).isNotBlank();
        assertThat(body.path("csrfToken").asText()).isNotBlank();
        assertThat(body.path("user").path("email").asText()).isEqualTo(AMIRA);
        assertThat(body.path("user").path("displayName").asText()).isEqualTo("Amira Khan");
        assertThat(body.path("user").path("roles").toString()).contains("resident").doesNotContain("platform-admin");
    }

    @Test
    void everyWarSeesTheSameUserFromTheCookie() throws Exception {
        JsonNode signedIn = http.signIn(AMIRA, RESIDENT_PASSWORD);

        for (String war : WARS) {
            HttpResponse<String> me = http.get(war + "/api/me");
            assertThat(me.statusCode()).as(war + "/api/me").isEqualTo(200);
            JsonNode user = Http.json(me);
            assertThat(user.path("id").asText()).isEqualTo(signedIn.path("user").path("id").asText());
            assertThat(user.path("email").asText()).isEqualTo(AMIRA);
            assertThat(user.path("displayName").asText()).isEqualTo("Amira Khan");
            assertThat(user.path("roles").toString()).contains("resident");
        }
    }

    @Test
    void everyWarAcceptsTheBearerTokenWithoutACookie() throws Exception {
        String token = new Http(portal).signIn(TOM, RESIDENT_PASSWORD).path("token").asText();

        for (String war : WARS) {
            HttpResponse<String> me = http.get(war + "/api/me", "Authorization", "Bearer " + token);
            assertThat(me.statusCode()).as(war).isEqualTo(200);
            assertThat(Http.json(me).path("email").asText()).isEqualTo(TOM);
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameProblem() throws Exception {
        HttpResponse<String> wrongPassword = http.postJson("/api/session",
                "{\"email\":\"" + AMIRA + "\",\"password\":\"not-her-password\"}");
        HttpResponse<String> unknownEmail = http.postJson("/api/session",
                "{\"email\":\"nobody@example.org\",\"password\":\"not-her-password\"}");

        for (HttpResponse<String> response : List.of(wrongPassword, unknownEmail)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
        assertThat(Http.json(wrongPassword).path("detail").asText()).contains("not right");
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhatIsWrong() throws Exception {
        HttpResponse<String> broken = http.postJson("/api/session", "{\"email\": ");
        HttpResponse<String> empty = http.postJson("/api/session", "{}");

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Http.json(broken).path("detail").asText()).contains("not valid JSON");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Http.json(empty).path("detail").asText()).contains("email").contains("password");
    }

    @Test
    void anApiCallThatChangesStateWithTheCookieNeedsTheCsrfHeader() throws Exception {
        JsonNode signedIn = http.signIn(AMIRA, RESIDENT_PASSWORD);

        HttpResponse<String> without = http.delete("/api/session");
        HttpResponse<String> wrong = http.delete("/api/session", "X-CSRF-Token", "guessed");

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(Http.json(without).path("detail").asText()).contains("X-CSRF-Token");
        assertThat(http.get("/forum/api/me").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> with = http.delete("/api/session", "X-CSRF-Token", signedIn.path("csrfToken").asText());
        assertThat(with.statusCode()).isEqualTo(204);
    }

    @Test
    void aBearerCallNeedsNoCsrfHeader() throws Exception {
        String token = new Http(portal).signIn(TOM, RESIDENT_PASSWORD).path("token").asText();

        assertThat(http.delete("/api/session", "Authorization", "Bearer " + token).statusCode()).isEqualTo(204);
    }

    @Test
    void signingOutEndsTheSessionInEveryWarWithinFiveSeconds() throws Exception {
        JsonNode signedIn = http.signIn(AMIRA, RESIDENT_PASSWORD);
        String token = signedIn.path("token").asText();
        for (String war : WARS) {
            assertThat(http.get(war + "/api/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> signOut = http.delete("/api/session", "X-CSRF-Token", signedIn.path("csrfToken").asText());
        Instant signedOutAt = Instant.now();
        assertThat(signOut.statusCode()).isEqualTo(204);
        assertThat(signOut.headers().firstValue("Set-Cookie").orElse("")).contains("portal_session=;").contains("Max-Age=0");

        for (String war : WARS) {
            Await.until(signedOutAt.plusSeconds(5), war + " refusing the token",
                    () -> http.get(war + "/api/me", "Authorization", "Bearer " + token).statusCode() == 401);
        }
        assertThat(http.get("/api/me").statusCode()).as("the cookie was cleared").isEqualTo(401);
    }

    @Test
    void aTamperedCookieIsAnonymousOnPagesAndRefusedByApis() throws Exception {
        String token = new Http(portal).signIn(AMIRA, RESIDENT_PASSWORD).path("token").asText();
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertAnonymousEverywhere(tampered);
        assertAnonymousEverywhere("not-a-token");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String token = new Http(portal).signIn(AMIRA, RESIDENT_PASSWORD).path("token").asText();
        SignedJWT genuine = SignedJWT.parse(token);
        ECKey foreignKey = new ECKeyGenerator(Curve.P_256).keyID(genuine.getHeader().getKeyID()).generate();

        assertAnonymousEverywhere(sign(genuine.getJWTClaimsSet(), foreignKey));
    }

    @Test
    void anExpiredTokenIsRefusedEvenWithTheRightKey() throws Exception {
        String token = new Http(portal).signIn(AMIRA, RESIDENT_PASSWORD).path("token").asText();
        JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet())
                .issueTime(new Date(System.currentTimeMillis() - 7_200_000))
                .expirationTime(new Date(System.currentTimeMillis() - 60_000)).build();

        assertAnonymousEverywhere(sign(claims, portalSigningKey()));
    }

    @Test
    void theFirstAdministratorFromTheEnvironmentIsAPlatformAdmin() throws Exception {
        JsonNode signedIn = http.signIn(RunningPortal.ADMIN_EMAIL, RunningPortal.ADMIN_PASSWORD);

        assertThat(signedIn.path("user").path("roles").toString()).contains("platform-admin");
        assertThat(portal.output()).doesNotContain(RunningPortal.ADMIN_PASSWORD);
    }

    @Test
    void anUnknownApiAddressIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = http.get("/forum/api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private void assertAnonymousEverywhere(String token) throws Exception {
        for (String war : WARS) {
            HttpResponse<String> api = http.get(war + "/api/me", "Cookie", "portal_session=" + token);
            assertThat(api.statusCode()).as(war + "/api/me").isEqualTo(401);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

            HttpResponse<String> page = http.get(war + "/", "Cookie", "portal_session=" + token);
            assertThat(page.statusCode()).as(war + "/").isEqualTo(200);
            assertThat(page.body()).contains("id=\"portal-sign-in\"").doesNotContain("portal-user-name");
        }
    }

    private ECKey portalSigningKey() throws Exception {
        try (Connection c = portal.database(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select jwk from core.signing_key where retired_at is null")) {
            rows.next();
            return ECKey.parse(rows.getString(1));
        }
    }

    private static String sign(JWTClaimsSet claims, ECKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
