package org.oursociety.budget.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC on {@code jdbc/portal} for the budget's stores: in the container every call joins the
 * caller's JTA transaction, and outside it the tests run the same statements against PostgreSQL.
 */
public final class Sql {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, Row<T> reader, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, args);
            try (ResultSet rows = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(reader.read(rows));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Budget store: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> reader, Object... args) {
        List<T> rows = list(sql, reader, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Budget store: " + e.getMessage(), e);
        }
    }

    private static void bind(Connection c, PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant at) {
                s.setObject(i + 1, at.atOffset(ZoneOffset.UTC));
            } else if (a instanceof Long[] longs) {
                s.setArray(i + 1, c.createArrayOf("bigint", longs));
            } else if (a instanceof Integer[] ints) {
                s.setArray(i + 1, c.createArrayOf("integer", ints));
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public static Long longOrNull(ResultSet row, String column) throws SQLException {
        long v = row.getLong(column);
        return row.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet row, String column) throws SQLException {
        int v = row.getInt(column);
        return row.wasNull() ? null : v;
    }

}
