package org.oursociety.portal.api.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Session ids that were signed out while tokens for them may still be unexpired. Each WAR keeps
 * the set in memory and re-reads it from {@code core.user_session} at most every two seconds, so a
 * sign-out reaches every WAR within that time without a database query per request.
 */
public class RevocationList {

    private static final Logger LOG = Logger.getLogger(RevocationList.class.getName());

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Set<String> revoked = Set.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    public RevocationList(DataSource dataSource, Clock clock, Duration maxAge) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public boolean isRevoked(String sessionId) {
        if (loadedAt.plus(maxAge).isBefore(clock.instant())) {
            reload();
        }
        return revoked.contains(sessionId);
    }

    private synchronized void reload() {
        Instant now = clock.instant();
        if (!loadedAt.plus(maxAge).isBefore(now)) {
            return;
        }
        Set<String> loaded = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "select id from core.user_session where revoked_at is not null and expires_at > now()");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                loaded.add(rows.getString(1));
            }
            revoked = Set.copyOf(loaded);
        } catch (SQLException e) {
            // Keep the last known list: refusing everyone while the database blips would sign the whole city out.
            LOG.log(Level.WARNING, "Cannot refresh the session revocation list: {0}", e.getMessage());
        }
        loadedAt = now;
    }
}
