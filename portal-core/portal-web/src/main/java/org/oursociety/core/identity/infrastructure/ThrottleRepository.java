package org.oursociety.core.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * {@code core.signin_throttle}: one counter per email and per client address, each changed by a
 * single statement, so PostgreSQL's row lock orders parallel attempts (on any instance) and each
 * sees the count the one before it left. Nothing is read first and written later.
 */
@ApplicationScoped
public class ThrottleRepository {

    /** Which counter. */
    public enum Kind {
        EMAIL("email"), ADDRESS("address"), RESIDENCE_CODE("residence-code");

        final String column;

        Kind(String column) {
            this.column = column;
        }
    }

    /**
     * A counter after counting one attempt.
     *
     * @param attempts    attempts in the current window including this one
     * @param lockedUntil when the lock ends, or {@code null} when there is none
     */
    public record Count(int attempts, Instant lockedUntil) {
    }

    /*
     * A counter starts afresh (R) once its lock is over, or, unlocked, once its window has passed.
     * The attempt that reaches the limit sets the lock; later ones leave it as it is.
     */
    private static final String RESTART = "((t.locked_until is not null and t.locked_until <= excluded.window_started_at)"
            + " or (t.locked_until is null and t.window_started_at <= ?))";
    private static final String COUNT =
            "insert into core.signin_throttle as t (kind, subject, attempts, window_started_at, locked_until)"
            + " values (?, ?, 1, ?, case when 1 >= ? then ? end)"
            + " on conflict (kind, subject) do update set"
            + " attempts = case when " + RESTART + " then 1 else t.attempts + 1 end,"
            + " window_started_at = case when " + RESTART + " then excluded.window_started_at else t.window_started_at end,"
            + " locked_until = case when " + RESTART + " then excluded.locked_until"
            + "   when t.attempts + 1 = ? then ? else t.locked_until end"
            + " returning attempts, locked_until";

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** For CDI. */
    public ThrottleRepository() {
    }

    /** Outside the container (tests). */
    public ThrottleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts one attempt; the attempt may go ahead if the result's attempts are at most {@code limit}. */
    public Count count(Kind kind, String subject, Instant now, int limit, Duration window, Duration lock)
            throws SQLException {
        OffsetDateTime at = utc(now);
        OffsetDateTime windowStartedBefore = utc(now.minus(window));
        OffsetDateTime lockEnd = utc(now.plus(lock));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(COUNT)) {
            s.setString(1, kind.column);
            s.setString(2, subject);
            s.setObject(3, at);
            s.setInt(4, limit);
            s.setObject(5, lockEnd);
            s.setObject(6, windowStartedBefore);
            s.setObject(7, windowStartedBefore);
            s.setObject(8, windowStartedBefore);
            s.setInt(9, limit);
            s.setObject(10, lockEnd);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                OffsetDateTime lockedUntil = r.getObject(2, OffsetDateTime.class);
                return new Count(r.getInt(1), lockedUntil == null ? null : lockedUntil.toInstant());
            }
        }
    }

    /** A successful sign-in clears the email's counter, lock included. */
    public void reset(Kind kind, String subject) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "delete from core.signin_throttle where kind = ? and subject = ?")) {
            s.setString(1, kind.column);
            s.setString(2, subject);
            s.executeUpdate();
        }
    }

    /**
     * Takes back one counted attempt that succeeded, lifting a lock that attempt set. Used for
     * addresses, where one success must not wipe out an attacker's failures from the same address.
     */
    public void forgive(Kind kind, String subject, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update core.signin_throttle set attempts = greatest(attempts - 1, 0),"
                        + " locked_until = case when attempts - 1 < ? then null else locked_until end"
                        + " where kind = ? and subject = ?")) {
            s.setInt(1, limit);
            s.setString(2, kind.column);
            s.setString(3, subject);
            s.executeUpdate();
        }
    }

    /** Deletes counters whose window and lock have both passed; they would start afresh anyway. */
    public int purge(Instant now, Duration window) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "delete from core.signin_throttle where (locked_until is null or locked_until <= ?)"
                        + " and window_started_at <= ?")) {
            s.setObject(1, utc(now));
            s.setObject(2, utc(now.minus(window)));
            return s.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
