package org.oursociety.portal.api.internal.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Lets one instance at a time do a WAR's "if it is not there yet, create it" start-up work (signing key,
 * first administrator, postcodes, demo data): instances of a cluster start together, and two of them
 * checking at once would both find nothing and both insert (found by bench/cluster.sh: the second core
 * failed on a duplicate demo area). A PostgreSQL advisory lock on a connection of its own, held across the
 * work's own transactions; the others wait, then find the work done. The database drops the lock if the
 * instance dies holding it.
 */
public final class FirstStartLock {

    /** Work that may fail; run while the lock is held. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    private FirstStartLock() {
    }

    public static <E extends Exception> void exclusively(DataSource dataSource, String name, Work<E> work)
            throws E, SQLException {
        try (Connection c = dataSource.getConnection()) {
            advisory(c, "select pg_advisory_lock(hashtext(?))", name);
            try {
                work.run();
            } finally {
                advisory(c, "select pg_advisory_unlock(hashtext(?))", name);
            }
        }
    }

    private static void advisory(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, "first start: " + name);
            s.execute();
        }
    }
}
