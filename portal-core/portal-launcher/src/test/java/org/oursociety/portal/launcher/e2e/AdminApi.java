package org.oursociety.portal.launcher.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

/**
 * Helpers for the administration tests: throw-away accounts (so that no demo account is disabled or
 * locked for the other tests on the shared portal) and bearer-authenticated calls in any method.
 */
final class AdminApi {

    static final String PASSWORD = "demo-resident-2026";

    private final RunningPortal portal;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    AdminApi(RunningPortal portal) {
        this.portal = portal;
    }

    /** A new confirmed resident whose password is {@link #PASSWORD} (the hash is copied from a demo resident). */
    String newResident(String prefix) throws Exception {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@throwaway.example.org";
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "insert into core.user_account (id, email, display_name, password_hash, confirmed)"
                        + " select gen_random_uuid(), ?, ?, password_hash, true from core.user_account"
                        + " where email = 'tom@demo.oursociety.org'")) {
            s.setString(1, email);
            s.setString(2, "Throwaway " + prefix);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("The demo resident is missing");
            }
        }
        return email;
    }

    /** A bearer token for this account. */
    String token(String email, String password) throws Exception {
        return new Http(portal).signIn(email, password).path("token").asText();
    }

    HttpResponse<String> call(String method, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path))).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String method, String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = call(method, path, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return Http.JSON.readTree(response.body());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
