package org.oursociety.portal.api.internal.security;

import java.time.Duration;
import java.time.Instant;
import org.oursociety.portal.api.security.PortalUser;

/**
 * How long tokens live. A token is short-lived and re-signed while the user is active, up to a
 * hard limit from sign-in, so a stolen cookie is worth little and a session cannot live forever.
 */
public record SessionPolicy(Duration tokenLifetime, Duration refreshAfter, Duration maximumSession) {

    public static SessionPolicy defaults() {
        return new SessionPolicy(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofHours(12));
    }

    public Instant expiryFor(Instant authenticatedAt, Instant now) {
        Instant idle = now.plus(tokenLifetime);
        Instant hardLimit = authenticatedAt.plus(maximumSession);
        return idle.isBefore(hardLimit) ? idle : hardLimit;
    }

    public boolean shouldRefresh(PortalUser user, Instant now) {
        return user.issuedAt().plus(refreshAfter).isBefore(now)
                && expiryFor(user.authenticatedAt(), now).isAfter(user.expiresAt());
    }
}
