package org.oursociety.portal.api.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * When an account was created, for limits that treat new members more carefully (a forum's "first day"
 * caps). One indexed read of {@code core.user_account}; empty for an unknown or deleted account.
 */
@ApplicationScoped
public class AccountAge {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** For CDI. */
    public AccountAge() {
    }

    /** Outside the container (tests). */
    public AccountAge(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Instant> createdAt(UUID userId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select created_at from core.user_account where id = ? and deleted_at is null")) {
            s.setObject(1, userId);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp created = row.getTimestamp(1);
                return Optional.ofNullable(created).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read when an account was created", e);
        }
    }
}
