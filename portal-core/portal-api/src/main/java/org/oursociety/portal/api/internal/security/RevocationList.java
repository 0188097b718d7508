package org.oursociety.portal.api.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.oursociety.portal.api.internal.cache.CacheInvalidation;
import org.oursociety.portal.api.internal.cache.Refreshed;

/**
 * Session ids that were signed out while tokens for them may still be unexpired. Each WAR keeps
 * the set in memory and re-reads it from {@code core.user_session} at most every two seconds, so a
 * sign-out reaches every WAR within that time without a database query per request.
 */
public class RevocationList {

    private final DataSource dataSource;
    private final Refreshed<Set<String>> revoked;

    public RevocationList(DataSource dataSource, Clock clock, Duration maxAge) {
        this.dataSource = dataSource;
        // Keep the last known list: refusing everyone while the database blips would sign the whole city out.
        this.revoked = Refreshed.keepingLast("the session revocation list", this::read, clock, maxAge, Set.of());
        CacheInvalidation.listen(CacheInvalidation.Topic.REVOCATIONS, key -> revoked.forget());
    }

    public boolean isRevoked(String sessionId) {
        return revoked.get().contains(sessionId);
    }

    private Set<String> read() throws SQLException {
        Set<String> loaded = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select id from core.user_session where revoked_at is not null and expires_at > now()");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                loaded.add(rows.getString(1));
            }
        }
        return Set.copyOf(loaded);
    }
}
