package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Security headers on every WAR's pages and APIs, and what the APIs do with oversized and broken bodies. */
@ExtendWith(SharedPortal.class)
class SecurityHeadersIT {

    private final RunningPortal portal;
    private Http http;

    SecurityHeadersIT(RunningPortal portal) {
        this.portal = portal;
    }

    @BeforeEach
    void newBrowser() {
        http = new Http(portal);
    }

    @Test
    void everyPageAndApiOfEveryWarSendsTheSecurityHeaders() throws Exception {
        for (String war : SessionApiIT.WARS) {
            for (String path : List.of(war + "/", war + "/api/me", war + "/no-such-page.xhtml")) {
                HttpHeaders headers = http.get(path).headers();
                assertThat(headers.allValues("Content-Security-Policy")).as(path).hasSize(1);
                assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).as(path)
                        .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                                "script-src 'self'")
                        .doesNotContain("unsafe-eval");
                assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
                assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
                assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
                assertThat(headers.firstValue("Strict-Transport-Security")).as(path + " over http").isEmpty();
            }
        }
    }

    @Test
    void pagesAllowOnlyTheScriptsThatCarryThisResponsesNonce() throws Exception {
        for (String war : SessionApiIT.WARS) {
            HttpResponse<String> page = http.get(war + "/");
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(war).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'");
            String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
            assertThat(page.body()).as(war).contains("nonce=\"" + nonce + "\"");
            assertThat(page.body()).as(war + ": no inline handler").doesNotContainPattern("\\son[a-z]+=\"");
            HttpResponse<String> again = http.get(war + "/");
            assertThat(again.headers().firstValue("Content-Security-Policy").orElseThrow()).as("a new nonce each time")
                    .doesNotContain(nonce);
        }
        HttpResponse<String> login = http.get("/login.xhtml");
        assertThat(login.body()).doesNotContainPattern("\\son[a-z]+=\"");
    }

    @Test
    void aFormPostedWithoutThePagesNonceGetsThePageAfreshNotAnError() throws Exception {
        String page = http.get("/login.xhtml").body();
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(viewState.find()).isTrue();
        String form = "login=login&login%3Aemail=nobody%40example.org&login%3Apassword=wrong-password-1"
                + "&login%3Asubmit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);

        HttpResponse<String> answer = http.postForm("/login.xhtml", form);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/login.xhtml");
    }

    @Test
    void strictTransportSecurityIsSentWhenTheProxySaysHttps() throws Exception {
        for (String war : SessionApiIT.WARS) {
            HttpHeaders headers = http.get(war + "/", "X-Forwarded-Proto", "https").headers();
            assertThat(headers.firstValue("Strict-Transport-Security").orElse("")).as(war).startsWith("max-age=31536000");
        }
    }

    @Test
    void anOversizedBodyIsRefusedWith413InEveryWar() throws Exception {
        String big = "{\"email\":\"" + "a".repeat(70 * 1024) + "\",\"password\":\"x\"}";
        for (String war : SessionApiIT.WARS) {
            HttpResponse<String> response = http.postJson(war + "/api/session", big);
            assertThat(response.statusCode()).as(war).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(war).startsWith("application/problem+json");
            assertThat(Http.json(response).path("detail").asText()).as(war).contains("larger than 65536 bytes");
        }
    }

    @Test
    void anOversizedBodyWithoutALengthIsRefusedToo() throws Exception {
        byte[] big = ("{\"email\":\"" + "a".repeat(70 * 1024) + "\",\"password\":\"x\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal.url("/api/session")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Http.json(response).path("detail").asText()).contains("larger than");
    }

    @Test
    void brokenUtf8IsABadRequestThatSaysSo() throws Exception {
        byte[] prefix = "{\"email\":\"amira@demo.oursociety.org\",\"password\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, broken, 0, prefix.length);
        broken[prefix.length] = (byte) 0xC3; // a lead byte without its continuation
        broken[prefix.length + 1] = (byte) 0x28;
        broken[prefix.length + 2] = '"';
        broken[prefix.length + 3] = '}';
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal.url("/api/session")))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(broken)).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Http.json(response).path("detail").asText()).contains("not valid UTF-8");
    }

    @Test
    void malformedJsonIsStillABadRequest() throws Exception {
        HttpResponse<String> response = http.postJson("/api/session", "{\"email\": [}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).path("detail").asText()).contains("not valid JSON");
    }
}
