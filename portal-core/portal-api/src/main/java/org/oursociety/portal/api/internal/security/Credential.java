package org.oursociety.portal.api.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.oursociety.portal.api.internal.security.SessionCookie;

/** The token a request presents, and where it came from (CSRF rules differ). */
public record Credential(String token, Source source) {

    public enum Source { COOKIE, BEARER }

    private static final String BEARER = "Bearer ";

    public static Optional<Credential> from(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = header.substring(BEARER.length()).trim();
            return token.isEmpty() ? Optional.empty() : Optional.of(new Credential(token, Source.BEARER));
        }
        return SessionCookie.read(request).map(token -> new Credential(token, Source.COOKIE));
    }
}
