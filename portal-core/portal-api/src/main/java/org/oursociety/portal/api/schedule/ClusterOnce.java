package org.oursociety.portal.api.schedule;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Scheduled work (digests, reminders, phase changes by date, clean-ups) that must run on one instance
 * at a time, however many serve the portal. Every instance's timer calls {@link #run}; the first to
 * take the job's PostgreSQL advisory lock does the work, the others skip this turn.
 *
 * <p>The lock stops two instances working at once, not one working twice in a row: timers on two
 * instances fire at slightly different times. So the work must record what it has done (a digest's
 * "sent up to", a reminder's "sent at") and find nothing left when it runs again.
 *
 * <pre>{@code
 * @Schedule(minute = "*", hour = "*", persistent = false)
 * void everyMinute() {
 *     once.run("budget.phase-by-date", rounds::advanceDueRounds);
 * }
 * }</pre>
 */
@ApplicationScoped
public class ClusterOnce {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    /** For CDI. */
    public ClusterOnce() {
    }

    /** Outside the container (tests). */
    public ClusterOnce(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} unless another instance is running the job of that name now.
     *
     * @return whether it ran here
     */
    public boolean run(String job, Runnable work) {
        long key = key(job);
        try (Connection c = dataSource.getConnection()) {
            if (!advisory(c, "select pg_try_advisory_lock(?)", key)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                // A session lock: released before the pooled connection goes back.
                advisory(c, "select pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the lock of the job " + job, e);
        }
    }

    private static boolean advisory(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    /** A stable 64-bit key per job name, apart from the keys the core's own locks use. */
    static long key(String job) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("portal.job:" + job).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
