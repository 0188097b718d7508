package org.oursociety.portal.api.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as every WAR sees them: what the core put into the session token.
 *
 * @param sessionId       the server-side session this token belongs to; revoking it signs the user out everywhere
 * @param csrfToken       the value that cookie-authenticated state-changing API calls must echo in {@code X-CSRF-Token}
 * @param authenticatedAt when the user typed their password; the session never outlives this by more than the maximum
 * @param issuedAt        when this token was signed; drives refreshing
 * @param confirmed       whether the user has followed the link in their confirmation mail; unconfirmed users
 *                        may sign in, but modules must not let them post or vote
 */
public record PortalUser(UUID id, String email, String displayName, Set<String> roles,
                         String sessionId, String csrfToken,
                         Instant authenticatedAt, Instant issuedAt, Instant expiresAt, boolean confirmed) {

    public PortalUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(csrfToken, "csrfToken");
        roles = Set.copyOf(roles);
    }

    /** An unconfirmed user, as tokens signed before the {@code confirmed} claim existed are read. */
    public PortalUser(UUID id, String email, String displayName, Set<String> roles, String sessionId, String csrfToken,
                      Instant authenticatedAt, Instant issuedAt, Instant expiresAt) {
        this(id, email, displayName, roles, sessionId, csrfToken, authenticatedAt, issuedAt, expiresAt, false);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public PortalUser reissued(Instant issued, Instant expires) {
        return new PortalUser(id, email, displayName, roles, sessionId, csrfToken, authenticatedAt, issued, expires,
                confirmed);
    }

    /** The same session after the user confirmed their address. */
    public PortalUser asConfirmed() {
        return new PortalUser(id, email, displayName, roles, sessionId, csrfToken, authenticatedAt, issuedAt, expiresAt,
                true);
    }
}
