package org.oursociety.portal.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oursociety.portal.api.internal.security.SessionCookie;

/**
 * A module's calls to another module's JSON API on this same server (127.0.0.1, {@code portal.http.port}),
 * the one way modules talk to each other. Every call has a short time-out and never throws: a module that is
 * off, slow or down answers {@link Optional#empty()} (or its status), and the caller leaves its link out with
 * a plain note. Written once here so each module does not grow its own HTTP client.
 */
@ApplicationScoped
public class PortalCalls {

    private static final Logger LOG = Logger.getLogger(PortalCalls.class.getName());
    static final Duration TIMEOUT = Duration.ofMillis(2000);

    /** What the other module answered: its status and body. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    @Inject
    @ConfigProperty(name = "portal.http.port", defaultValue = "8080")
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** {@code GET path} ({@code /budget/api/...}), as the reader whose token is given (none: anonymous). */
    public Optional<Answer> get(String path, Optional<String> token, Locale language) {
        return send(builder(path, token, language).GET());
    }

    /** {@code PUT path} with a JSON body; anonymous unless a token is given. */
    public Optional<Answer> put(String path, String json, Optional<String> token) {
        return send(builder(path, token, Locale.ENGLISH).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The caller's own sign-in token (bearer header or session cookie), to pass on so the other module sees them. */
    public static Optional<String> token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip());
        }
        return SessionCookie.read(request);
    }

    /**
     * Only paths on this portal: a link another module sends must never lead residents elsewhere. Browsers
     * read {@code /\host} as {@code //host}, so a backslash anywhere is refused too. The one check for every
     * href that comes from another module (cards, search results, link cards).
     */
    public static String portalPath(String href) {
        return href != null && href.startsWith("/") && !href.startsWith("//") && !href.contains("\\") ? href : null;
    }

    private HttpRequest.Builder builder(String path, Optional<String> token, Locale language) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A path on this portal, not " + path);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(TIMEOUT).header("Accept", "application/json")
                .header("Accept-Language", language.getLanguage());
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return request;
    }

    private Optional<Answer> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(response.statusCode(), response.body()));
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "No answer from {0}: {1}", new Object[]{built.uri().getPath(), e.getMessage()});
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
