package org.oursociety.forum.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC on {@code jdbc/portal} for the forum's stores: in the container every call joins the caller's
 * JTA transaction (as the core's residence store does); SQL errors become unchecked, so the transaction rolls back.
 */
public final class Jdbc {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, Row<T> mapper, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rows = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(mapper.read(rows));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Forum query failed: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> mapper, Object... args) {
        List<T> rows = list(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public long count(String sql, Object... args) {
        return one(sql, r -> r.getLong(1), args).orElse(0L);
    }

    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Forum update failed: " + e.getMessage(), e);
        }
    }

    /** Whether the SQL error (or its cause) is a unique-constraint violation. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp t = row.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement s, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Instant instant) {
                arg = utc(instant);
            }
            s.setObject(i + 1, arg);
        }
    }
}
